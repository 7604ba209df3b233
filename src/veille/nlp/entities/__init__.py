"""Entity components: span cleanup, contextual typing and document-level consistency.

Each is a spaCy component with a versioned name. They turn the statistical NER's raw labels
(PER/ORG/LOC/MISC in French, OntoNotes labels in English) into Veille's five types, fix the
model's usual mistakes with general cues kept in data/lexicon/entities.yaml and
data/lexicon/names.yaml, and group the mentions of one entity within a document.

- `cleanup`: a span without its determiners, titles and trailing punctuation; fragments out;
- `spans`: gazetteer and NER spans joined, names completed and extended, missed names found;
- `context`: a name's type from the words in and around it, and from an enumeration;
- `aliases`: other names the article states, and short forms of a full name;
- `consistency`: one entity per group of mentions, with one type and one name;
- `components`: the spaCy factories (importing this package registers them).
"""

from veille.nlp.entities import components as components  # registers the factories
