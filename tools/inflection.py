"""Build-time inflected forms of place and country names ("w Polsce", "v Praze", "Helsingissä", "в Париже").

Languages that inflect names write a place in the case the sentence needs: Polish "Polsce" (in
Poland), Czech "Praze" (in Prague), Finnish "Helsingissä" (in Helsinki), Russian "Париже" (in Paris).
The forms come from simplemma's lemma dictionaries (the ``data`` extra), read here only: each form of a
proper noun whose lemma is a name of the tables becomes a name of the same place, so that at run time a
form is a plain lookup and no lemmatiser is loaded. Never imported at run time.
"""

from __future__ import annotations

from functools import cache

from amexhelp.directory.folding import key

# The languages whose names are inflected in the forms travellers type, with a lemma dictionary.
LANGUAGES = ("ru", "uk", "pl", "cs", "sk", "fi", "de", "hu", "et")
# Forms this short are too often another word.
MIN_FORM = 4


@cache
def _proper_forms(language: str) -> tuple[tuple[str, str], ...]:
    """(folded form, folded lemma) for every form of a proper noun (a capitalised lemma) in one language's
    dictionary. (The dictionaries hold lower-case forms of proper nouns too, so a form's being a word in
    lower case says nothing; a form of a weak name is weak, see placegen.)"""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    found = []
    for form, lemma in dictionary.items():
        if not (lemma[:1].isupper() and form[:1].isupper()):
            continue
        form_key, lemma_key = key(form), key(lemma)
        if form_key != lemma_key and len(form_key) >= MIN_FORM and " " not in lemma_key:
            found.append((form_key, lemma_key))
    return tuple(sorted(set(found)))


def inflected(names: set[str], excluded: set[str]) -> dict[str, str]:
    """Each inflected form of one of ``names`` (folded), to its name; a form of two names, a form that
    is a name itself and a form in ``excluded`` (an ordinary word) are left out."""
    lemmas: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for form, lemma in _proper_forms(language):
            if lemma in names and form not in names and form not in excluded:
                lemmas.setdefault(form, set()).add(lemma)
    return {form: next(iter(found)) for form, found in sorted(lemmas.items()) if len(found) == 1}
