"""How many first messages the bot understands: each line of a TSV (message, what it wants) is sent through the local
chat API of a running bot (Development, demo bureau) as 吴海燕, a leader who may file and record talks, after a 取消.

    python3 bench/phrasings/understood.py http://localhost:5080 [bench/phrasings/held-out.tsv] [--misses]

Understood: the right dialog begun (for a filing also with the right kind), and nothing begun for 其他."""
import json
import sys
import urllib.request

BASE = sys.argv[1]
FILE = next((a for a in sys.argv[2:] if not a.startswith("--")), "bench/phrasings/held-out.tsv")
USER = "3"
KINDS = {"备案婚嫁": "婚嫁", "备案丧事": "丧事", "备案其他喜庆": "其他喜庆事宜", "备案出国": "因私出国（境）"}


def say(text):
    body = json.dumps({"userId": USER, "text": text}).encode()
    request = urllib.request.Request(BASE + "/api/local/messages", data=body, headers={"Content-Type": "application/json"})
    replies = json.load(urllib.request.urlopen(request))["replies"]
    return "\n".join((r.get("title") or "") + "\n" + r["text"] for r in replies)


rows = []
for line in open(FILE, encoding="utf-8"):
    if not line.strip():
        continue
    text, label = line.rstrip("\n").split("\t")
    say("取消")
    reply = say(text)
    filing = "请选择要备案的事项类别" in reply or "已从您的话中记下：" in reply
    amend = "要修改哪一条备案" in reply or "没有可以修改或撤回的备案" in reply or "修改备案 #" in reply
    talk = "谈话对象" in reply
    if label in KINDS:
        dialog, full = filing, "已从您的话中记下：" + KINDS[label] in reply
    elif label == "修改备案":
        dialog = full = amend
    elif label == "记录谈话":
        dialog = full = talk
    else:
        dialog = full = not (filing or amend or talk)
    rows.append((label, text, dialog, full, reply.replace("\n", " ⏎ ")[:110]))
say("取消")

print(f"dialog right: {sum(r[2] for r in rows)}/{len(rows)}; dialog and kind right: {sum(r[3] for r in rows)}/{len(rows)}")
for label in ["备案婚嫁", "备案丧事", "备案其他喜庆", "备案出国", "修改备案", "记录谈话", "其他"]:
    part = [r for r in rows if r[0] == label]
    print(f"  {label}: {sum(r[2] for r in part)}/{len(part)} dialog, {sum(r[3] for r in part)}/{len(part)} with kind")
if "--misses" in sys.argv:
    for r in rows:
        if not r[3]:
            print("MISS", r[0], "|", r[1], "|", r[4])
