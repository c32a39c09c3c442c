// Declares report mode only: spatch refuses -D patch.
virtual report

@r depends on report@
identifier f;
@@
* f(...) { ... }
