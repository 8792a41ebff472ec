#!/usr/bin/env python3
"""Generates src/main/resources/news/dispatch/entity/cyrillic-name-parts.tsv: the Latin spelling English-language
news gives a Russian Cyrillic name part (Дэвис → davis, not the letter-by-letter devis), from the name parts of
Wikidata persons (NETransliteration-COLING2018 data/wd_russian_80, CC0: ../shared/data/names/transliteration/
wd_russian_80.tsv, rows: latin, Cyrillic letters separated by spaces, count).

Per Cyrillic spelling, the ASCII Latin spelling with the highest count (a tie goes to the alphabetically first),
kept when that count is 10 or more: rarer spellings are as often noise (биби → bebe).

Usage: tools/cyrillic_name_parts.py WD_RUSSIAN_TSV > cyrillic-name-parts.tsv
"""
import collections
import re
import sys

MIN_COUNT = 10
HEADER = """\
# Name parts of persons in Russian Cyrillic and the Latin spelling Wikidata gives them most often, for naming
# a person the tables do not know in Latin letters as English-language news spells them (Дэвис → davis, not
# the letter-by-letter devis). Generated from steveash/NETransliteration-COLING2018 data/wd_russian_80
# (Wikidata name parts; CC0 1.0): per Cyrillic spelling, the ASCII Latin spelling with the highest count, kept
# when that count is 10 or more (rarer spellings are as often noise: биби → bebe). Columns: cyrillic, latin (both lower case), count."""


def main(wd_path):
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
        if count >= MIN_COUNT:
            print(f'{cyrillic}\t{latin}\t{count}')


if __name__ == '__main__':
    main(sys.argv[1])
