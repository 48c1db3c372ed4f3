#!/usr/bin/env bash
# Renders internal/docs/screenshot.png from a real terminal: tmux runs the reader on
# the sample at 100×30, capture-pane -e keeps the colours, internal/docs/ansi2html.py
# lays the cells out on a fixed grid (wide characters two cells, everything
# else one, as the terminal drew them) and headless Chromium takes the
# picture. Needs: tmux, python3, chromium, fonts-wqy-microhei.
set -euo pipefail
cd "$(dirname "$0")/../.."
go build -o /tmp/wenji-shot .
sock=wenji-shot-$$
tmux -L "$sock" new-session -d -x 100 -y 30 \
  "env LANG=zh_CN.UTF-8 RUNEWIDTH_EASTASIAN=0 TERM=xterm-256color COLORTERM=truecolor /tmp/wenji-shot testdata/sample.txt; sleep 60"
sleep 1
tmux -L "$sock" send-keys ']' ']' ']'
sleep 0.5
tmux -L "$sock" capture-pane -p -e > /tmp/wenji-shot.ansi
tmux -L "$sock" kill-server
python3 internal/docs/ansi2html.py /tmp/wenji-shot.ansi > /tmp/wenji-shot.html
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=1000,640 \
  --screenshot="$PWD/internal/docs/screenshot.png" file:///tmp/wenji-shot.html
