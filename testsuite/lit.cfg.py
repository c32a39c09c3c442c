# -*- Python -*-
# lit configuration of the boundscope testsuite. The paths come from lit.site.cfg.py, which
# CMake generates in the build tree (testsuite/lit.site.cfg.py.in).

import os

import lit.formats

config.name = "boundscope"
config.test_format = lit.formats.ShTest(not lit_config.useValgrind)
config.suffixes = [".c", ".test"]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = getattr(config, "boundscope_test_exec_root", None)

# The kernel-like headers and the per-test inputs are not tests.
# behaviour/ is the user-space driver model with its own runner (testsuite/behaviour/run.sh).
config.excludes = ["include", "Inputs", "behaviour", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]

for attr in ("boundscope_command", "boundscope_plugin", "boundscope_clang", "llvm_tools_dir"):
    if not getattr(config, attr, None):
        lit_config.fatal(
            "%s is not set: run lit on the build tree (<build>/testsuite), not the sources" % attr
        )

kinc = os.path.join(config.test_source_root, "include")
clang = config.boundscope_clang
plugin = config.boundscope_plugin
command = config.boundscope_command

clang_plugin = (
    "%s -fsyntax-only -nostdinc -isystem %s -Xclang -load -Xclang %s "
    "-Xclang -plugin -Xclang boundscope" % (clang, kinc, plugin)
)
# -fplugin= adds the plugin's actions after the real compile: the object file is still made.
clang_fplugin = "%s -c -nostdinc -isystem %s -fplugin=%s" % (clang, kinc, plugin)
bs = "%s -nostdinc -isystem %s" % (command, kinc)

# lit substitutes in list order: longer names first, so %clang does not eat %clang_plugin.
config.substitutions.append(("%clang_plugin", clang_plugin))
config.substitutions.append(("%clang_fplugin", clang_fplugin))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%boundscope", command))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%kinc", kinc))
config.substitutions.append(("%bs", bs))
# spatch through the wrapper that fails loudly when spatch cannot run a script.
config.substitutions.append(
    ("%spatch", "bash %s" % os.path.join(config.test_source_root, "coccinelle", "spatch.sh"))
)
# Debian's python3, which has the packages scripts/deps.sh installs (python3-jsonschema).
config.substitutions.append(("%{python}", "/usr/bin/python3"))

# FileCheck and not come from the LLVM the plugin is built against.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)
