"""What is reported about the data rather than looked up: the audit, the list of sources, the FAQ
and the numbers found in prose, and the shipped JSON Schemas of the outputs. Imports the directory
layer.
"""
