from mk import write
t = open("/work/shared/corpus/dev/owinfs-060.txt", encoding="utf-8").read()
def para(start):
    i = t.index(start)
    j = t.find("\n", i)
    s = t[i:j if j >= 0 else len(t)].rstrip()
    return s.rstrip("”\"")
write("owinfs-060",
    [("Deborah James", "person", None, "OWINFS", {"note": "'OWINFS’s Deborah James', then 'She'"}),
     ("Stiglitz", "person", None, None, {"note": "'Prof. Stiglitz'"})],
    [("direct", "Deborah James", "noted", para("are particularly concerned about the efforts"), {"note": "'She ... noted that civil society groups' ends the previous paragraph"}),
     ("direct", "Stiglitz", "said", para("Well I’m very concerned.")),
     ("direct", "Stiglitz", "said", para("It seems to me that there should be")),
     ("direct", "Stiglitz", "said", para("There is another set of issues going on"))],
    title="Prof. Stiglitz on digital trade (3 min video)")
