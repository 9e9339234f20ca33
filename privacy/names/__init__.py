"""The statistical person-name model: a character CRF trained with python-crfsuite, folded
into lookup tables and decoded for whole batches of texts at once with NumPy."""
