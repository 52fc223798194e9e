"""The national format as declared in ``rules/formats/``: section wordings, table labels
and identities. The vocabulary the parser, the model and the rules share."""
