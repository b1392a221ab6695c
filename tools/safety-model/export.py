# export.py CHECKPOINT ENCODER.onnx HEAD.txt
# Export the fine-tuned encoder to ONNX, and the head as a small text file. Every linear layer runs in int8, as
# ONNX Runtime's own dynamic quantization writes it: the activations are quantized per call
# (DynamicQuantizeLinear), multiplied with int8 weights (MatMulInteger) and scaled back, which is about three
# times faster than float32 on two cores. Weights have a scale per output column and 7 bits, so that the u8 x s8
# products of CPUs without VNNI cannot saturate their 16-bit sums. The embedding tables stay int8 with a scale
# per row, converted to float32 once when the session starts.
import sys, torch, torch.nn as nn, torch.nn.functional as F, math
from torch.onnx._internal.torchscript_exporter import onnx_proto_utils, utils as _u
onnx_proto_utils._add_onnxscript_fn = lambda b, c: b  # no custom functions here; avoids needing the onnx package
from minilm import MiniLM
ck = torch.load(sys.argv[1]); out_onnx = sys.argv[2]; out_head = sys.argv[3]
m = MiniLM(); m.load_state_dict(ck['m']); m.eval()
def q(w, levels=127):  # int8 per row
    s = w.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / levels
    return torch.round(w / s).to(torch.int8), s


class IntegerMatMul(torch.autograd.Function):
    """x @ w + b with x quantized to uint8 per call; exports as ONNX Runtime's dynamic quantization does."""
    @staticmethod
    def forward(ctx, x, wq, scale, b):
        lo = torch.clamp(x.min(), max=0.0); hi = torch.clamp(x.max(), min=0.0)
        xs = ((hi - lo) / 255.0).clamp(min=1e-12); zp = torch.clamp(torch.round(-lo / xs), 0, 255)
        xq = torch.clamp(torch.round(x / xs) + zp, 0, 255)
        return ((xq - zp) @ wq.float()) * (xs * scale) + b

    @staticmethod
    def symbolic(g, x, wq, scale, b):
        xq, xs, zp = g.op('DynamicQuantizeLinear', x, outputs=3)
        y = g.op('Cast', g.op('MatMulInteger', xq, wq, zp), to_i=1)
        return g.op('Add', g.op('Mul', y, g.op('Mul', xs, scale)), b)


class QLinear(nn.Module):
    def __init__(s, lin):
        super().__init__(); wq, sc = q(lin.weight.data, 63)
        s.register_buffer('wq', wq.t().contiguous()); s.register_buffer('sc', sc.reshape(-1).clone())
        s.register_buffer('b', lin.bias.data.clone())
    def forward(s, x): return IntegerMatMul.apply(x, s.wq, s.sc, s.b)
class QEmb(nn.Module):
    def __init__(s, emb):
        super().__init__(); wq, sc = q(emb.weight.data); s.register_buffer('wq', wq); s.register_buffer('sc', sc)
    def forward(s, ids): return F.embedding(ids, s.wq.float() * s.sc)
for L in m.layers:
    for n in ['q', 'k', 'v', 'o', 'i', 'out']: setattr(L, n, QLinear(getattr(L, n)))
m.we = QEmb(m.we)
class Enc(nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, input_ids, attention_mask, token_type_ids):
        x = s.m.ln(s.m.we(input_ids) + s.m.pe.weight[:input_ids.shape[1]][None] + s.m.te(token_type_ids))
        mask = attention_mask.float()
        for l in s.m.layers: x = l(x, mask)
        return x
e = Enc(m).eval()
ids = torch.tensor([[101, 2023, 2003, 102]]); am = torch.ones_like(ids); tt = torch.zeros_like(ids)
torch.onnx.export(e, (ids, am, tt), out_onnx, input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=['last_hidden_state'],
                  dynamic_axes={'input_ids': {0: 'b', 1: 's'}, 'attention_mask': {0: 'b', 1: 's'}, 'token_type_ids': {0: 'b', 1: 's'}, 'last_hidden_state': {0: 'b', 1: 's'}},
                  opset_version=14, do_constant_folding=False, dynamo=False)
h = ck['head']
with open(out_head, 'w') as f:
    f.write('# The safety model\'s classification head (tools/safety-model): logits = W . mean of the token vectors + bias,\n')
    f.write('# labels none, crisis, emergency, symptom. Written by tools/safety-model/export.py; do not edit by hand.\n')
    for r, name in enumerate(['none', 'crisis', 'emergency', 'symptom']):
        f.write(name + ': ' + ' '.join('%.7g' % v for v in h['weight'][r].tolist()) + '\n')
    f.write('bias: ' + ' '.join('%.7g' % v for v in h['bias'].tolist()) + '\n')
print('ok')
