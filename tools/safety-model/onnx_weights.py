# minimal ONNX initializer reader (protobuf wire format), no onnx package needed
import struct, numpy as np, sys
def varint(b, i):
    r = 0; s = 0
    while True:
        c = b[i]; i += 1; r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i
def fields(b, start=0, end=None):
    i = start; end = len(b) if end is None else end
    while i < end:
        k, i = varint(b, i); f, w = k >> 3, k & 7
        if w == 0: v, i = varint(b, i); yield f, w, v
        elif w == 1: yield f, w, b[i:i+8]; i += 8
        elif w == 5: yield f, w, b[i:i+4]; i += 4
        elif w == 2:
            n, i = varint(b, i); yield f, w, (i, i+n); i += n
        else: raise ValueError(w)
DT = {1: np.float32, 7: np.int64, 6: np.int32, 3: np.int8, 2: np.uint8}
def tensor(b, s, e):
    dims=[]; dt=None; name=None; raw=None; fl=[]
    for f, w, v in fields(b, s, e):
        if f == 1:
            if w == 0: dims.append(v)
            else:
                i, j = v; k = i
                while k < j: d, k = varint(b, k); dims.append(d)
        elif f == 2: dt = v
        elif f == 8: name = bytes(b[v[0]:v[1]]).decode()
        elif f == 9: raw = bytes(b[v[0]:v[1]])
        elif f == 4:
            if w == 2: fl.extend(struct.unpack('<%df' % ((v[1]-v[0])//4), b[v[0]:v[1]]))
            else: fl.append(struct.unpack('<f', v)[0])
    if raw is not None: a = np.frombuffer(raw, dtype=DT[dt])
    else: a = np.array(fl, dtype=DT.get(dt, np.float32))
    return name, a.reshape(dims) if dims else a
def initializers(path):
    b = memoryview(open(path, 'rb').read())
    out = {}
    for f, w, v in fields(b):
        if f == 7:  # graph
            for g, w2, v2 in fields(b, *v):
                if g == 5:
                    n, a = tensor(b, *v2); out[n] = a
    return out
if __name__ == '__main__':
    d = initializers(sys.argv[1])
    for k, v in d.items(): print(k, v.shape, v.dtype)
