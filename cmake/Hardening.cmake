# Warnings everywhere; hardening in optimised builds (Debian's hardening=+all set plus PIE).
add_compile_options(-Wall -Wextra -Wpedantic -Wformat=2 -Werror=format-security)
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_KEYWORDS)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection
                      -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
  add_link_options(-Wl,-z,relro -Wl,-z,now -pie -Wl,--as-needed)
endif()

option(HALLMARK_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(HALLMARK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
