// A semantic patch that does not parse: the minus line's call is never closed.
@r@
expression E;
@@
- foo(E
+ bar(E);
