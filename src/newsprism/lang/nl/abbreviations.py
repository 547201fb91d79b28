# Dutch abbreviations that end in a full stop but do not end a sentence.
# From the Dutch Taalunie list of common abbreviations and news usage; does not cover
# domain jargon (legal, medical) or abbreviations written without full stops (NAVO).
ABBREVIATIONS: tuple[str, ...] = (
    "dhr.", "mevr.", "mw.", "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "ds.",
    "o.a.", "a.s.", "bijv.", "bv.", "d.w.z.", "e.d.", "enz.", "etc.", "i.p.v.",
    "m.b.t.", "n.a.v.", "resp.", "t.a.v.", "t.o.v.", "vs.", "z.g.a.n.", "zgn.", "ca.",
    "nr.", "blz.", "jl.", "j.l.", "vnl.", "incl.", "excl.", "min.", "max.", "gem.",
    "i.v.m.", "m.u.v.", "o.m.", "p.m.", "v.d.", "jhr.", "st.", "sr.", "jr.",
    "jan.", "feb.", "mrt.", "apr.", "aug.", "sept.", "okt.", "nov.", "dec.",
)
