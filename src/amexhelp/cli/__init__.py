"""The command-line layer: the Typer app, its options and commands, the console entry point. The only
place that reads the environment (settings, locale, data override) and hands plain values to the core.
May import every other layer; nothing imports it.
"""
