import re, sys, html, unicodedata
def cells(t):
    o=[]
    for ch in t:
        w = 2 if unicodedata.east_asian_width(ch) in 'WF' else 1
        o.append('<span style="display:inline-block;width:%dch;overflow:hidden;text-align:center;vertical-align:top">%s</span>' % (w, html.escape(ch)))
    return ''.join(o)

# Minimal SGR → HTML for a tmux capture-pane -e: colours (256, truecolor), bold, faint, reverse.
PALETTE = ["#000000","#cd3131","#0dbc79","#e5e510","#2472c8","#bc3fbc","#11a8cd","#e5e5e5",
           "#666666","#f14c4c","#23d18b","#f5f543","#3b8eea","#d670d6","#29b8db","#ffffff"]
def c256(n):
    if n < 16: return PALETTE[n]
    if n < 232:
        n -= 16; r, g, b = n//36, (n//6)%6, n%6
        f = lambda v: 0 if v == 0 else 55 + 40*v
        return "#%02x%02x%02x" % (f(r), f(g), f(b))
    v = 8 + 10*(n-232); return "#%02x%02x%02x" % (v, v, v)
FG, BG = "#d4d4d4", "#1e1e1e"
out = []
for line in open(sys.argv[1], encoding="utf-8").read().rstrip("\n").split("\n"):
    st = {"fg": None, "bg": None, "b": False, "dim": False, "rev": False, "ul": False}
    parts = re.split(r"\x1b\[([0-9;]*)m", line)
    buf = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            codes = [int(c) if c else 0 for c in p.split(";")] if p else [0]
            j = 0
            while j < len(codes):
                c = codes[j]
                if c == 0: st = {"fg": None, "bg": None, "b": False, "dim": False, "rev": False, "ul": False}
                elif c == 1: st["b"] = True
                elif c == 2: st["dim"] = True
                elif c == 4: st["ul"] = True
                elif c == 7: st["rev"] = True
                elif c == 22: st["b"] = st["dim"] = False
                elif c == 24: st["ul"] = False
                elif c == 27: st["rev"] = False
                elif 30 <= c <= 37: st["fg"] = PALETTE[c-30]
                elif 90 <= c <= 97: st["fg"] = PALETTE[c-90+8]
                elif c == 39: st["fg"] = None
                elif 40 <= c <= 47: st["bg"] = PALETTE[c-40]
                elif c == 49: st["bg"] = None
                elif c in (38, 48) and j+1 < len(codes):
                    if codes[j+1] == 5: col = c256(codes[j+2]); j += 2
                    else: col = "#%02x%02x%02x" % tuple(codes[j+2:j+5]); j += 4
                    st["fg" if c == 38 else "bg"] = col
                j += 1
            continue
        if not p: continue
        fg, bg = st["fg"] or FG, st["bg"] or BG
        if st["rev"]: fg, bg = bg, fg
        style = "color:%s;background:%s;" % (fg, bg)
        if st["b"]: style += "font-weight:bold;"
        if st["dim"]: style += "opacity:0.6;"
        if st["ul"]: style += "text-decoration:underline;"
        buf.append('<span style="%s">%s</span>' % (style, cells(p)))
    out.append("".join(buf))
print('<html><body style="margin:0;background:%s"><pre style="margin:16px;font:16px/1.25 \'WenQuanYi Micro Hei Mono\',monospace;color:%s">%s</pre></body></html>' % (BG, FG, "\n".join(out)))
