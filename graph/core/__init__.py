"""What every stage shares. In: nothing of the project. Out: the plain
dataclasses that flow between the stages (``model``), the errors the command
line reports (``errors``), Vietnamese text folding and collation
(``vntext``), the namespaces and IRI minting (``iris``) and where the
installed package keeps its Turtle and SPARQL files (``resources``)."""
