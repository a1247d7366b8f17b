"""The commands, a module each (or a few small ones together): each parses its own options, calls the
core and hands the result to the renderer of the format chosen (cli/_output.py). Registered on the app
by cli/_app.py, in the order ``--help`` lists them."""
