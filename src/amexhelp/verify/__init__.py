"""Is this number American Express's? Readings of a typed or pasted number, look-alikes, red flags,
whole messages and their links. Returns verdicts as data; imports the directory and lookup layers.
"""
