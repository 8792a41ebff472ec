package news.dispatch.entity.organization;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import news.dispatch.entity.Entity;
import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;
import news.dispatch.entity.language.InflectedNames;
import news.dispatch.entity.language.WordForms;

/**
 * The organizations of organizations.tsv and government-bodies.tsv found in a text of any language by their names and aliases, whichever
 * language they are listed in, inflected by the text's language ({@link WordForms}: "Европейския съюз", "Unii
 * Europejskiej"); acronyms as written (ЕС, UE, NATO). Without a model to propose spans, a name counts wherever it
 * is written. A government body's generic names and acronyms ("UKIP", "Supreme Court") name it only in an article
 * that also names its country, as in English ({@link OrganizationGazetteer#canonicalOf(String, List)}). Built once per
 * language on first use; thread-safe.
 */
public final class OrganizationNames {
    /**
     * What a listed name stands for: an organization, or a body's generic name that needs the article's country; a
     * party's acronym names its party only where {@code partyCountry} (ISO code) is named, empty for any other name.
     */
    private record Target(String name, boolean needsCountry, String partyCountry) {
        Target(String name, boolean needsCountry) {
            this(name, needsCountry, "");
        }
    }


    private final Map<String, InflectedNames<Target>> byLanguage = new ConcurrentHashMap<>();

    private static final class Holder {
        static final OrganizationNames INSTANCE = new OrganizationNames();
    }

    public static OrganizationNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * The organizations {@code text} names, one entity each, in order of first mention; {@code articleCountries}: the
     * ISO codes of the countries the text names, most named first.
     */
    public List<Entity> find(String text, String language, List<String> articleCountries) {
        Map<String, List<Mention>> byName = new java.util.LinkedHashMap<>();
        List<InflectedNames.NameMatch<Target>> listed = byLanguage.computeIfAbsent(language, OrganizationNames::build).find(text);
        for (InflectedNames.NameMatch<Target> hit : listed) {
            String name = hit.value().needsCountry()
                    ? OrganizationGazetteer.standard().canonicalOf(hit.value().name(), articleCountries).orElse(null)
                    : hit.value().name();
            if (name == null) continue;
            if (!hit.value().partyCountry().isEmpty() && !articleCountries.contains(hit.value().partyCountry())) continue;
            if (CENTRAL_BANKS.contains(name) && insideLongerName(text, hit.start())) continue;
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(hit.start(), hit.end(),
                    text.substring(hit.start(), hit.end()), "organization name " + hit.name() + " (" + language + ")"));
        }
        for (TransliteratedNames.Hit hit : TRANSLITERATED.find(text)) {
            // A listed spelling wins, a generic one too where it names no body ("Sąd Najwyższy" is no "Sad Najwyzszy").
            if (listed.stream().anyMatch(m -> m.start() < hit.end() && hit.start() < m.end())) continue;
            if (hit.needsCountry() != null && !articleCountries.contains(hit.needsCountry())) continue;
            byName.computeIfAbsent(hit.name(), k -> new ArrayList<>()).add(new Mention(hit.start(), hit.end(),
                    text.substring(hit.start(), hit.end()), "organization name transliterated (" + language + ")"));
        }
        return byName.entrySet().stream().map(e -> new Entity(e.getKey(),
                OrganizationGazetteer.standard().countryOf(e.getKey()).orElse(null), e.getValue())).toList();
    }

    /** The names that identify one organization anywhere, for matching in other spellings. */
    private static final TransliteratedNames TRANSLITERATED = transliterated();

    private static TransliteratedNames transliterated() {
        TransliteratedNames names = new TransliteratedNames();
        for (Map<String, String> row : GazetteerFile.tsv("organizations.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            names.add(name, name);
            GazetteerFile.list(row.get("aliases")).forEach(alias -> names.add(alias, name));
        }
        for (GovernmentBody body : GovernmentBody.all()) {
            if (!body.genericAliases().contains(body.name())) names.add(body.name(), body.name());
            body.aliases().forEach(alias -> names.add(alias, body.name()));
            // A body named with its country's name last ("Tehreek-e-Labbaik Pakistan") is often written without it.
            String country = " " + new ULocale("", body.country()).getDisplayCountry(ULocale.ENGLISH);
            if (body.name().endsWith(country) && !body.genericAliases().contains(body.name())) {
                names.add(body.name().substring(0, body.name().length() - country.length()), body.name(), body.country());
            }
        }
        return names;
    }

    /**
     * Central banks, whose names end the names of commercial banks ("Bank of Greece" in "National Bank of Greece"):
     * without a model's span to say where a name ends, such a name right after a capitalized word is not the bank.
     * Only central banks: read so, every national body lowered BSNLP organizations (0.9101 → 0.9098: "PiS" after a
     * capitalized word was lost) and caught nothing there.
     */
    private static final Set<String> CENTRAL_BANKS = GovernmentBody.all().stream()
            .filter(b -> b.kind().equals("central bank")).map(GovernmentBody::name)
            .collect(Collectors.toUnmodifiableSet());

    /** True when a capitalized name follows a capitalized word that starts no sentence: it ends a longer name. */
    static boolean insideLongerName(String text, int start) {
        if (start == 0 || !Character.isUpperCase(text.charAt(start))) return false;
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i == start - 1) return false;
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        int wordStart = i + 1;
        // "The Bank of England" written in a Czech article is the bank: an article starts no longer name.
        if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))
                || text.substring(wordStart, wordEnd).equals("The")) return false;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',');
    }

    /**
     * A party's name written as the Slavic languages write it, only its first word capitalized ("Konzervativní
     * strana", "Лейбористская партия"), is also written all in lower case in their news ("konzervativní strany",
     * "консервативной партии"): that spelling too. A name capitalized throughout ("Partia Konserwatywna",
     * "Scottish National Party") is written so.
     */
    static Optional<String> partyInLowerCase(String alias) {
        String[] words = alias.split(" ");
        if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0))
                || words[0].chars().skip(1).anyMatch(Character::isUpperCase)) return Optional.empty();
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toLowerCase(Locale.ROOT))) return Optional.empty();
        }
        return Optional.of(alias.toLowerCase(Locale.ROOT));
    }

    private static InflectedNames<Target> build(String language) {
        InflectedNames<Target> names = new InflectedNames<>(WordForms.of(language));
        for (Map<String, String> row : GazetteerFile.tsv("organizations.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            names.add(name, new Target(name, false));
            boolean party = "party".equals(row.get("kind"));
            for (String alias : GazetteerFile.list(row.get("aliases"))) {
                // A foreign party's acronym is often another word's in the article's language: PAP, КПП, MAS.
                Target target = party && OrganizationGazetteer.isAcronym(alias) ? new Target(name, false, row.get("country"))
                        : new Target(name, false);
                names.add(alias, target);
                CyrillicAcronyms.of(alias).forEach(cyrillic -> names.add(cyrillic, target));
                if (party) partyInLowerCase(alias).ifPresent(lower -> names.add(lower, new Target(name, false)));
            }
        }
        for (GovernmentBody body : GovernmentBody.all()) {
            if (!body.genericAliases().contains(body.name())) names.add(body.name(), new Target(body.name(), false));
            for (String alias : body.aliases()) {
                names.add(alias, new Target(body.name(), false));
                CyrillicAcronyms.of(alias).forEach(cyrillic -> names.add(cyrillic, new Target(body.name(), false)));
                if (body.kind().equals("party")) {
                    partyInLowerCase(alias).ifPresent(lower -> names.add(lower, new Target(body.name(), false)));
                }
            }
        }
        // Added last: a spelling that names an organization anywhere keeps that meaning (the first value added wins).
        Map<String, List<String>> localWords = BodyWords.standard().of(language);
        for (GovernmentBody body : GovernmentBody.all()) {
            for (String alias : body.genericAliases()) {
                names.add(alias, new Target(alias, true));
                CyrillicAcronyms.of(alias).forEach(cyrillic -> names.add(cyrillic, new Target(alias, true)));
                // The language's own word for the generic name ("Верховный суд" for "Supreme Court") is as generic.
                localWords.getOrDefault(alias, List.of()).forEach(word -> names.add(word, new Target(alias, true)));
            }
        }
        return names;
    }
}
