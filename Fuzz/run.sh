#!/bin/sh
# Builds the libFuzzer targets with swiftc (they are kept out of Package.swift: an executable
# whose only file is the LLVMFuzzerTestOneInput function cannot link in a normal `swift build`)
# and runs them. Usage:
#   Fuzz/run.sh build [pdf|images] # build fuzz-pdf, fuzz-png, fuzz-jpeg into .build-fuzz/
#   Fuzz/run.sh run fuzz-pdf 1800  # run one target for N seconds on Fuzz/corpus/<target>
set -eu
cd "$(dirname "$0")/.."
B=.build-fuzz
FLAGS="-sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld"
mkdir -p "$B"

module() { # name, extra flags, sources...
  name=$1; shift; extra=$1; shift
  swiftc $FLAGS $extra -I "$B" -module-name "$name" -emit-module -emit-module-path "$B/$name.swiftmodule" \
    -emit-library -static -o "$B/lib$name.a" "$@"
}

build() { # [pdf|images|all]
  what=${1:-all}
  if [ "$what" != images ]; then
    module Crypt "" $(find Sources/Crypt -name '*.swift')
    module PDFReader "-I Sources/CZlib" $(find Sources/PDFReader -name '*.swift')
    swiftc $FLAGS -I "$B" -I Sources/CZlib -L "$B" -lPDFReader -lCrypt -lz Fuzz/fuzz-pdf/*.swift -o "$B/fuzz-pdf"
  fi
  if [ "$what" != pdf ]; then
    module ImageDecode "-I Sources/CZlib" $(find Sources/ImageDecode -name '*.swift')
    for target in fuzz-png fuzz-jpeg; do
      swiftc $FLAGS -I "$B" -I Sources/CZlib -L "$B" -lImageDecode -lz Fuzz/$target/*.swift -o "$B/$target"
    done
  fi
}

# Seeds: the shared corpus (read-only) when present.
CORPUS=${SETTLE_CORPUS:-/work/shared/corpus}
seeds() {
  case $1 in
    fuzz-pdf) echo "$CORPUS/structures $CORPUS/invoices" ;;
    fuzz-pdf-small) echo "Tests/PDFReaderTests/Fixtures" ;;
    *) echo "$CORPUS/images" ;;
  esac
}

case "${1:-build}" in
  build) build "${2:-all}" ;;
  run)
    target=$2; seconds=${3:-60}
    binary=$target
    case $target in
      fuzz-pdf) maxlen=32768 ;;
      fuzz-pdf-small) maxlen=4096; binary=fuzz-pdf ;;  # small inputs: about 100x more runs per second
      *) maxlen=16384 ;;
    esac
    mkdir -p "Fuzz/corpus/$target" "Fuzz/artifacts/$target"
    SWIFT_BACKTRACE=enable=no "$B/$binary" "Fuzz/corpus/$target" $( [ -d "$CORPUS" ] || [ "$target" = fuzz-pdf-small ] && seeds "$target" ) \
      -max_total_time="$seconds" -max_len=$maxlen -rss_limit_mb=2048 -timeout=10 -artifact_prefix="Fuzz/artifacts/$target/" ;;
  *) echo "usage: $0 build | run <target> [seconds]" >&2; exit 2 ;;
esac
