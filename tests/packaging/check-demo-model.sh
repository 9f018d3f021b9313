#!/usr/bin/env bash
# check-demo-model.sh SOURCE_DIR CLI: scripts/make-demo-model writes the same,
# well-formed model every time, and hallmark-cli hashes it.
set -euo pipefail
src=$1 cli=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hallmark-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$src/scripts/make-demo-model" "$tmp/a" >/dev/null
"$src/scripts/make-demo-model" "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b" >/dev/null || fail "two runs gave different models"

for f in bom.cdx.json config.json tokenizer.json generation_config.json README.md .gitattributes \
         model.safetensors.index.json model-00001-of-00002.safetensors model-00002-of-00002.safetensors; do
    [[ -s $tmp/a/$f ]] || fail "$f missing or empty"
done

# safetensors: u64 little-endian header length, JSON header, then exactly the tensor bytes.
for f in "$tmp"/a/*.safetensors; do
    n=$(od -An -tu8 -N8 "$f" | tr -d ' ')
    header=$(dd if="$f" bs=1 skip=8 count="$n" status=none)
    [[ $header == '{"__metadata__"'* ]] || fail "$(basename "$f"): header does not start as JSON"
    end=$(grep -o '"data_offsets":\[[0-9]*,[0-9]*\]' <<<"$header" | sed 's/.*,\([0-9]*\)\]/\1/' | sort -n | tail -1)
    [[ $(stat -c %s "$f") == $((8 + n + end)) ]] || fail "$(basename "$f"): size is not 8 + $n + $end"
done

out=$("$cli" hash "$tmp/a") || fail "hallmark-cli hash failed"
echo "$out"
grep -q 'model-00001-of-00002.safetensors' <<<"$out" || fail "shard 1 not hashed"
sha=$(sha256sum "$tmp/a/config.json" | cut -d' ' -f1)
grep -q "^$sha  config.json$" <<<"$out" || fail "config.json digest differs from sha256sum"
# The ML-BOM in the demo describes exactly these files: checks pass, no hash differs.
"$cli" sbom "$tmp/a/bom.cdx.json" --check-against "$tmp/a" >"$tmp/sbom.txt" \
    || { cat "$tmp/sbom.txt"; fail "the demo SBOM has errors or a file that differs from the model"; }
echo "PASS"
