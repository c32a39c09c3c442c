// A script rule that raises for every function it is given.
@r@
identifier f;
@@
f(...) { ... }

@script:python@
f << r.f;
@@
print(1 / 0)
