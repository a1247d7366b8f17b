"""The one way data comes in: the typed records (model), loading and validating the bundled or
overriding directory (loading, schema, cache), the derived facts of a line (evidence, numbers), and
the generated indexes of names and places (index, gazetteer, folding). Imports nothing of the other
layers.
"""
