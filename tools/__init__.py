"""Build-time tools: the data generators (datagen, placegen) and the output-schema generator (schemagen),
with the hand-kept inputs they read (data/). Never shipped in the wheel, never imported at run time;
run from the repository root: ``python -m tools.datagen [--check]``, ``python -m tools.schemagen [--check]``."""
