# The Debian package. Included at the end of the top-level CMakeLists.txt, after every
# install() rule. Build it with: cpack --config build/CPackConfig.cmake -B <out dir>
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hallmark)
set(CPACK_PACKAGE_VENDOR "Hallmark developers")
set(CPACK_PACKAGE_CONTACT "Hallmark developers <hallmark@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "Hallmark hashes a machine-learning model (a folder, a single file or an archive)
into the OpenSSF model signing manifest and checks it for dangerous names and
entries. It ships a Qt desktop application (hallmark) and a command-line tool
(hallmark-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY hallmark)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Hallmark developers <hallmark@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/hallmark/hallmark")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps misses libqt6svg6: SVG icons load through its plugins, not a link.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
