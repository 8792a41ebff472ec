package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicNameGrammar.Agreement;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.JuniorNames.withoutJunior;
import static news.dispatch.entity.person.SlavicNameGrammar.accusativeSurname;
import static news.dispatch.entity.person.SlavicNameGrammar.agreement;
import static news.dispatch.entity.person.SlavicNameGrammar.capitalsAsWritten;
import static news.dispatch.entity.person.SlavicNameGrammar.femaleForeign;
import static news.dispatch.entity.person.SlavicNameGrammar.manInAccusative;
import static news.dispatch.entity.person.SlavicNameGrammar.sameCaseEnding;
import static news.dispatch.entity.person.SlavicNameGrammar.titleCase;
import static news.dispatch.entity.person.SlavicNameGrammar.undeclinedAfterFeminine;
import static news.dispatch.entity.person.SlavicNameGrammar.womansGivenName;

/**
 * The name a Slavic person is found under: the canonical name of the tables when its base form sounds like one
 * listed, else the base form in Latin letters. The base form of each part is voted from its case forms in the
 * article ({@link NamePartVote}), weighed by the case agreement of given name and surname: what case the given name
 * is in ({@link GivenNameCases}, {@link WomansGivenNames}) says the surname's, unless the person's other mentions
 * say it ({@link SurnameCases}); Czech and Slovak women's -ová goes from a foreign surname
 * ({@link CzechWomensSurnames}). A surname alone is named by the listed person it stands for.
 */
final class SlavicNominatives {
    private final CrossScriptNames names = CrossScriptNames.standard();
    private final SlavicNameParts nameParts;
    private final GivenNameCases givenNames;
    private final WomansGivenNames womansGivenNames;
    private final CzechWomensSurnames czechWomensSurnames;
    private final NamePartVote vote;

    SlavicNominatives(SlavicNameParts nameParts) {
        this.nameParts = nameParts;
        this.givenNames = new GivenNameCases(names, nameParts);
        this.womansGivenNames = new WomansGivenNames(givenNames);
        this.czechWomensSurnames = new CzechWomensSurnames(names, nameParts);
        this.vote = new NamePartVote(names, new ForeignFinalVowels(names, nameParts));
    }

    /** The person's name: the table's canonical name when the name sounds like one listed, else its nominative in Latin letters. */
    String name(SlavicPerson p, String language, Set<Integer> oblique) {
        if (p.sacred != null && !p.sacred.isEmpty()) return p.sacred;
        if (p.length == 2) {
            // Both words one sacred figure's (Иисуса Христа, Jezus Chrystus): its English name.
            List<Word> first = p.mentions.stream().filter(m -> m.size() == 2).findFirst().orElseThrow();
            Optional<String> given = nameParts.sacred(first.get(0), language);
            if (given.isPresent() && !given.get().isEmpty() && given.equals(nameParts.sacred(first.get(1), language))) return given.get();
        }
        List<List<Word>> full = p.mentions.stream().filter(m -> m.size() == p.length).toList();
        if (p.length >= 2 && !full.isEmpty() && full.stream().allMatch(m -> withoutJunior(m) != null)) {
            // "Джордж Буш-младший", "Джорджа Буша Младшего": the name before it, and Jr. as English writes it.
            SlavicPerson named = new SlavicPerson();
            named.length = withoutJunior(full.getFirst()).size();
            for (List<Word> m : p.mentions) named.mentions.add(m.size() == p.length ? withoutJunior(m) : m);
            if (named.mentions.stream().allMatch(m -> m.size() == named.length)) return name(named, language, oblique) + " Jr.";
        }
        List<String> parts = new ArrayList<>();
        Agreement agreement = Agreement.NONE;
        boolean accusative = p.length >= 2 && full.stream().allMatch(m -> manInAccusative(m.getFirst(), m.getLast(), language));
        boolean declined = p.length >= 2 && (accusative
                || full.stream().allMatch(m -> sameCaseEnding(m.getFirst(), m.getLast(), language)
                && !givenNames.asWritten(m.getFirst(), language))
                || full.stream().allMatch(m -> givenNames.mansInCase(m.getFirst(), m.getLast(), language)));
        for (int i = 0; i < p.length; i++) {
            final int at = i;
            List<Word> forms = full.stream().map(m -> m.get(at)).toList();
            Agreement given = i == 0 && declined ? Agreement.DECLINED_MALE : Agreement.NONE;
            String part = i == p.length - 1 && accusative ? accusativeSurname(forms.getFirst().text())
                    : i == 0 && p.length >= 2 && (givenNames.undeclinedInI(forms, language)
                    || givenNames.ownInstrumentalEnding(full, language)) ? forms.getFirst().text()
                    : i == p.length - 1 && p.length >= 2 && undeclinedAfterFeminine(full, language)
                    ? forms.getFirst().text() : vote.nominative(forms, language, oblique, i == p.length - 1 ? agreement : given,
                    i == p.length - 1 ? lone(p) : List.of());
            if (i == 0 && p.length >= 2 && (womansGivenName(full) || WomansGivenNames.beforeWomansSurname(full))) part = forms.getFirst().text();
            if (i == 0) agreement = womansGivenNames.nominative(part, forms, language) ? Agreement.DECLINED_FEMALE : agreement(part, forms, language);
            if (i == 0 && p.length >= 2 && givenNames.undeclinedInI(forms, language) && SurnameCases.declinedElsewhere(p, language)) {
                agreement = Agreement.DECLINED_MALE;
            }
            if (i == 0 && p.length >= 2) part = DictionaryGivenNames.nominative(part, forms, language);
            if (i == 0 && p.length >= 2) part = WomansGivenNames.beforeWomansObliqueSurname(full, part, language);
            if (i == 0 && p.length >= 2) part = WomensGivenNamesInTheDative.nominative(part, full, language, names);
            if (i == p.length - 1 && p.length >= 2) part = SurnameCases.besideNominative(full, parts.getFirst(), language).orElse(part);
            if (i == p.length - 1 && p.length >= 2) {
                part = SurnamesWithFleetingA.nominative(part, parts.getFirst(), full, language, names);
                parts.set(0, MensNamesInKo.nominative(parts.getFirst(), part, full.stream().map(List::getFirst).toList(), language, names));
                parts.set(0, MensNamesBeyondTheStem.nominative(parts.getFirst(), part, full, language, names));
            }
            if (i == p.length - 1 && p.length >= 2) part = czechWomensSurnames.afterForeignGivenName(parts.getFirst(), part, language);
            parts.add(part);
        }
        if (p.length == 2) MensNamesInA.nominative(full, language, names).ifPresent(man -> {
            parts.clear();
            parts.addAll(man);
        });
        if (p.length == 1) {
            for (List<Word> m : full) {
                Optional<String> alone = knownAlone(m.getFirst(), language);
                if (alone.isPresent()) return alone.get();
            }
        }
        List<String> latin = parts.stream().map(part -> names.latin(part, language)).toList();
        Optional<String> known = latin.size() >= 2 ? names.known(latin.getFirst(), latin.getLast())
                : names.known(null, latin.getFirst());
        if (known.isPresent() && !OwnLetters.otherPerson(parts, known.get(), language)) return known.get();
        List<String> spelt = names.spelling(parts);
        List<String> written = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) written.add(capitalsAsWritten(parts.get(i), titleCase(spelt.get(i))));
        return String.join(" ", written);
    }

    /** The lone mentions of a person (its surname written alone: "Gore" beside "Ala Gora"). */
    private static List<Word> lone(SlavicPerson p) {
        return p.length < 2 ? List.of() : p.mentions.stream().filter(m -> m.size() == 1).map(List::getFirst).toList();
    }

    /**
     * The listed person a word alone names: by its nominative as {@link NamePartVote} chooses it, else by any other
     * nominative it may stand for (Tuskove, Hitlerjevo, Powellov: Slovene possessives, whose written form wins the
     * choice when the bare surname is no Wikidata name part), else as a woman's -ová form.
     */
    Optional<String> knownAlone(Word w, String language) {
        String voted = vote.nominative(List.of(w), language, Set.of(), Agreement.NONE, List.of());
        Optional<String> known = names.known(null, names.latin(voted, language));
        if (known.isPresent() && OwnLetters.otherPerson(List.of(voted), known.get(), language)) return Optional.empty();
        if (known.isPresent()) return known;
        for (String nominative : SlavicInflections.nominatives(femaleForeign(w.text(), language), language)) {
            // The written form was weighed by the choice above (Menem of "nad Menem", the river Main, is an oblique case).
            if (nominative.length() < 4 || nominative.equals(w.text())) continue;
            known = names.known(null, names.latin(nominative, language));
            if (known.isPresent()) return known;
        }
        return czechWomensSurnames.knownAlone(w, language);
    }
}
