"""Answering a lookup: reading the words (query, cardmarket, places), choosing and ranking the lines
for where you are, whose card it is and what happened (answer), how to dial them from where you call
(dialing), and what the reader should know, as coded notices (notices). Returns data, never sentences;
imports only the directory layer.
"""
