#!/usr/bin/env python3
"""Generates src/main/resources/news/dispatch/entity/cyrillic-name-parts.tsv: the Latin spelling English-language
news gives a Russian Cyrillic name part (Дэвис → davis, not the letter-by-letter devis), from the name parts of
Wikidata persons (NETransliteration-COLING2018 data/wd_russian_80, CC0: ../shared/data/names/transliteration/
wd_russian_80.tsv, rows: latin, Cyrillic letters separated by spaces, count).

Per Cyrillic spelling, the ASCII Latin spelling with the highest count (a tie goes to the alphabetically first),
kept when that count is 10 or more: rarer spellings are as often noise (биби → bebe). A Cyrillic spelling whose
Latin spelling is the surname (last word) of the canonical name of a known person (person-variants.tsv) is kept at
any count: a known person's spelling is worth keeping even if rare in Wikidata (байден → biden is there 3 times).
Only the canonical names count, not the variants, which hold titles (General Zia, Marshal Tito, Sir Keir Starmer,
Uncle Ho); only surnames, as every word of the names also took given names that read other names wrongly (Сани as
Sanna of Sanna Marin: BSNLP dev one name per person 75.6 % -> 75.1 %, surnames alone keep 75.6 %); and only Cyrillic
spellings of four letters or more, as the shorter ones are Russian words (то, мои, пот) or syllables of East Asian
names (ке, ын, цзы) that stand for other names as often.

Usage: tools/cyrillic_name_parts.py WD_RUSSIAN_TSV PERSON_VARIANTS_TSV > cyrillic-name-parts.tsv
"""
import collections
import re
import sys

MIN_COUNT = 10
MIN_KNOWN_LETTERS = 4
HEADER = """\
# Name parts of persons in Russian Cyrillic and the Latin spelling Wikidata gives them most often, for naming
# a person the tables do not know in Latin letters as English-language news spells them (Дэвис → davis, not
# the letter-by-letter devis). Generated from steveash/NETransliteration-COLING2018 data/wd_russian_80
# (Wikidata name parts; CC0 1.0): per Cyrillic spelling, the ASCII Latin spelling with the highest count, kept
# when that count is 10 or more (rarer spellings are as often noise: биби → bebe), or at any count when the Latin
# spelling is the surname of a known person's canonical name in person-variants.tsv and the Cyrillic one has four
# letters or more: a known person's spelling is worth keeping even if rare in Wikidata (байден → biden, 3).
# Regenerate with tools/cyrillic_name_parts.py. Columns: cyrillic, latin (both lower case), count."""


def known_surnames(persons_path):
    """The lower-case surnames (last words) of the canonical names of person-variants.tsv (hyphens split: Chan-ocha)."""
    surnames = set()
    for line in open(persons_path, encoding='utf-8'):
        if line.startswith('#') or line.startswith('name\t') or not line.strip():
            continue
        words_of_name = [w for w in re.split(r'[\s-]+', line.split('\t')[0].lower()) if w]
        if re.fullmatch('[ivx]+', words_of_name[-1]):
            words_of_name.pop()  # a regnal number (Charles III, Mohammed VI) is no name part: зийадаталлах → iii
        surnames.add(words_of_name[-1])
    return surnames


def main(wd_path, persons_path):
    known = known_surnames(persons_path)
    latin_counts = collections.defaultdict(collections.Counter)
    for line in open(wd_path, encoding='utf-8'):
        cells = line.rstrip('\n').split('\t')
        if len(cells) < 3:
            continue
        latin_counts[cells[1].replace(' ', '').lower()][cells[0].lower()] += int(cells[2])

    print(HEADER)
    print('cyrillic\tlatin\tcount')
    for cyrillic in sorted(latin_counts):
        ascii_spellings = sorted(((-n, latin) for latin, n in latin_counts[cyrillic].items()
                                  if re.fullmatch('[a-z]+', latin)))
        if not ascii_spellings:
            continue
        count, latin = -ascii_spellings[0][0], ascii_spellings[0][1]
        if count >= MIN_COUNT or (latin in known and len(cyrillic) >= MIN_KNOWN_LETTERS):
            print(f'{cyrillic}\t{latin}\t{count}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
