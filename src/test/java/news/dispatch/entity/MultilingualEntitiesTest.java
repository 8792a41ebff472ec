package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.about.About;

/** Countries, organizations and Arabic persons of articles in other languages than English, under English names. */
class MultilingualEntitiesTest {
    private static Entities in(String language, String text) {
        return Extracted.EXTRACTOR.extract(text, language);
    }

    private static Entity organization(Entities found, String name) {
        return found.organizations().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + found.organizations()));
    }

    private static List<String> mentions(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities)).mentions().stream()
                .map(Mention::text).toList();
    }

    @Test
    void inflectedPolishCountriesTakeTheirEnglishNames() {
        Entities found = in("pl", "Premier spotkał się w Rosji z ambasadorem Wielkiej Brytanii. Rosja i Niemcy, "
                + "a także rząd w Polsce, komentowały spotkanie w Niemczech.");
        assertEquals(Set.of("Russia", "United Kingdom", "Germany", "Poland"), Extracted.names(found.countries()));
        assertEquals(List.of("Rosji", "Rosja"), mentions(found.countries(), "Russia"));
        assertEquals(List.of("Niemcy", "Niemczech"), mentions(found.countries(), "Germany"));
    }

    @Test
    void aBosnianOrSerbianArticleInLatinLettersIsReadForPersonsWithTheCroatianRules() {
        String text = "Premijer Srbije Aleksandar Vučić sastao se s Angelom Merkel. Prema riječima Aleksandra Vučića, "
                + "razgovor je bio dobar.";
        for (String language : List.of("bs", "sr")) {
            Entities found = in(language, text);
            assertEquals(List.of("Aleksandar Vučić", "Angela Merkel"), found.persons().stream().map(Entity::name).toList());
            assertEquals(List.of("Aleksandar Vučić", "Aleksandra Vučića"), mentions(found.persons(), "Aleksandar Vučić"));
        }
    }

    @Test
    void aCountrysNameOpeningAPersonsNameIsTheGivenNameNotTheCountry() {
        Entities found = in("ru", "Премьер назначила новым министром 44-летнего Доминика Раба, который прежде работал юристом.");
        assertEquals(List.of("Доминика Раба"), mentions(found.persons(), "Dominic Raab"));
        assertTrue(found.countries().isEmpty(), found.countries().toString());
    }

    @Test
    void aUkrainianCountryIsFoundInEveryCase() {
        Entities found = in("uk", "Переговори між Україною та Росією. Посол України заявив, що Росії не вдалося.");
        assertEquals(List.of("Україною", "України"), mentions(found.countries(), "Ukraine"));
        assertEquals(List.of("Росією", "Росії"), mentions(found.countries(), "Russia"));
    }

    @Test
    void aRegionThatHoldsACountrysNameIsNoCountry() {
        Entities found = in("ru", "Граница между Ирландией и Северной Ирландией остается открытой.");
        assertEquals(List.of("Ирландией"), mentions(found.countries(), "Ireland"));
    }

    @Test
    void aRussianChamberIsNoPalauThoughItsStemLooksLikeOne() {
        Entities found = in("ru", "Демократы сохранили большинство в Палате представителей.");
        assertTrue(found.countries().isEmpty(), found.countries().toString());
    }

    @Test
    void anUndeclinedCountryIsFoundAsWritten() {
        Entities found = in("ru", "Выборы прошли в Перу и на Палау.");
        assertEquals(Set.of("Peru", "Palau"), Extracted.names(found.countries()));
    }

    @Test
    void aSingularCaseOfAnUndeclinedNameInIIsAnotherWord() {
        Entities found = in("ru", "Мало кто верил, что войска уйдут из Мали.");
        assertEquals(List.of("Мали"), mentions(found.countries(), "Mali"));
    }

    @Test
    void aPlaceNamedNewAfterACountryIsNoCountry() {
        assertTrue(in("ru", "Бывший губернатор штата Нью-Мексико Гэри Джонсон.").countries().isEmpty());
        assertTrue(in("bg", "Гласуваха в Ню Джърси и Ню Мексико.").countries().isEmpty());
        assertTrue(in("pl", "Głosowano w stanie Nowy Meksyk.").countries().isEmpty());
        assertTrue(in("sl", "Kongresnica iz Nove Mehike.").countries().isEmpty());
        assertEquals(List.of("Мексикой"), mentions(in("ru", "Стена на границе с Мексикой и штат Нью-Мексико.").countries(), "Mexico"));
    }

    @Test
    void aCountryWhoseNameOpensWithNewIsStillFound() {
        assertEquals(Set.of("New Zealand"), Extracted.names(in("ru", "Вакцину одобрила Новая Зеландия.").countries()));
    }

    @Test
    void theUsCapitalsDistrictIsNoColombia() {
        Entities found = in("ru", "Выборщики из 50 штатов и округа Колумбия проголосовали. Президент Колумбии поздравил Байдена.");
        assertEquals(List.of("Колумбии"), mentions(found.countries(), "Colombia"));
    }

    @Test
    void aCountryWordAfterAKnownGivenNameIsTheSurname() {
        Entities found = in("cs", "Jihočeský hejtman Martin Kuba v pondělí představil strategii očkování.");
        assertEquals(List.of("Martin Kuba"), found.persons().stream().map(Entity::name).toList());
        assertTrue(found.countries().isEmpty(), found.countries().toString());
    }

    @Test
    void aCountryAfterAPersonsFullNameStaysTheCountry() {
        Entities found = in("cs", "Premiér Andrej Babiš navštívil Kubu a Mexiko.");
        assertEquals(Set.of("Cuba", "Mexico"), Extracted.names(found.countries()));
    }

    @Test
    void aCzechAdjectiveIsNotItsCountry() {
        Entities found = in("cs", "Irský premiér jednal v Německu. Irsko podle něj nechce tvrdou hranici.");
        assertEquals(List.of("Irsko"), mentions(found.countries(), "Ireland"));
    }

    @Test
    void theEuropeanUnionIsOneOrganizationInEveryScriptAndCase() {
        Entities bulgarian = in("bg", "Лидерите на ЕС се срещнаха. Европейския съюз предложи нов срок.");
        assertEquals(List.of("ЕС", "Европейския съюз"), mentions(bulgarian.organizations(), "European Union"));
        Entities polish = in("pl", "Przywódcy UE spotkali się w Brukseli. Według Unii Europejskiej i NATO to dobry znak.");
        assertEquals(Set.of("European Union", "North Atlantic Treaty Organization"), Extracted.names(polish.organizations()));
    }

    @Test
    void aPartyNamedInPolishIsTheSameBodyAsInEnglish() {
        Entities found = in("pl", "Liderzy Partii Niepodległości Zjednoczonego Królestwa spotkali się w Londynie.");
        Entity ukip = found.organizations().stream().filter(o -> o.name().equals("UK Independence Party")).findFirst()
                .orElseThrow(() -> new AssertionError(found.organizations().toString()));
        assertEquals("GB", ukip.code());
    }

    @Test
    void aRussianPartyNamedInRussianIsItsCountrysBody() {
        Entities found = in("ru", "Депутаты от «Единой России» поддержали законопроект в Государственной думе.");
        Entity party = found.organizations().stream().filter(o -> o.name().equals("United Russia")).findFirst()
                .orElseThrow(() -> new AssertionError(found.organizations().toString()));
        assertEquals("RU", party.code());
    }

    @Test
    void aPartysAcronymNamesItOnlyWhereItsCountryIsNamed() {
        Entities british = in("pl", "UKIP chce, by Wielka Brytania jak najszybciej opuściła Unię.");
        assertTrue(Extracted.names(british.organizations()).contains("UK Independence Party"), british.organizations().toString());
        Entities elsewhere = in("pl", "UKIP to skrót, który w Polsce nic nie mówi.");
        assertFalse(Extracted.names(elsewhere.organizations()).contains("UK Independence Party"), elsewhere.organizations().toString());
    }

    @Test
    void aForeignPartysAcronymNamesItOnlyWhereItsCountryIsNamed() {
        assertTrue(in("ru", "На стройку надо проезжать через четыре КПП.").organizations().isEmpty());
        assertEquals(List.of("КПП"), mentions(in("ru", "В Камбодже КПП снова выиграла выборы.").organizations(), "Cambodian People's Party"));
    }

    @Test
    void papInAPolishArticleIsThePolishPressAgency() {
        assertEquals(List.of("PAP"), mentions(in("pl", "W rozmowie z PAP rzeczniczka szpitala podkreśliła, że szczepienia trwają.")
                .organizations(), "Polish Press Agency"));
    }

    @Test
    void aCentralBankIsItsCountrysBankInflectedOrInEnglishWithItsArticle() {
        Entities polish = in("pl", "Prezes Narodowego Banku Polskiego powiedział w Warszawie, że stopy nie wzrosną.");
        assertEquals("PL", organization(polish, "Narodowy Bank Polski").code());
        Entities czech = in("cs", "Zpomalení ekonomiky předpovídá i studie The Bank of England, napsal deník.");
        assertEquals("GB", organization(czech, "Bank of England").code());
    }

    @Test
    void aCommercialBankNamedAfterACountryIsNoCentralBankInAnotherLanguagesArticle() {
        Entities found = in("pl", "Akcje National Bank of Greece wzrosły w Atenach o pięć procent.");
        assertFalse(Extracted.names(found.organizations()).contains("Bank of Greece"), found.organizations().toString());
    }

    @Test
    void anArabicPersonAndCountriesAreFoundWithTheirAttachedParticles() {
        Entities found = in("ar", "التقى الرئيس الروسي فلاديمير بوتين بنظيره في موسكو، وقال بوتين إن روسيا والعراق "
                + "يتعاونان، وأكد أوباما أن للعراق دورا.");
        assertEquals(Set.of("Vladimir Putin", "Barack Obama"), Extracted.personNames(found));
        assertEquals(List.of("فلاديمير بوتين", "بوتين"), mentions(found.persons(), "Vladimir Putin"));
        assertEquals(List.of("والعراق", "للعراق"), mentions(found.countries(), "Iraq"));
        assertTrue(Extracted.names(found.countries()).contains("Russia"));
    }

    @Test
    void anArabicMasculineAdjectiveNamesItsCountry() {
        Entities found = in("ar", "قال مسؤول تركي إن الجيش يراقب الحدود.");
        assertEquals(List.of("تركي"), mentions(found.countries(), "Turkey"));
    }

    @Test
    void anArabicFeminineAdjectiveNamesItsCountry() {
        Entities found = in("ar", "أعلنت الحكومة الأوكرانية عن خطة جديدة.");
        assertEquals(List.of("الأوكرانية"), mentions(found.countries(), "Ukraine"));
    }

    @Test
    void anArabicPluralAdjectiveWithTheArticleAndAParticleNamesItsCountry() {
        Entities found = in("ar", "التقى الوفد بالمسؤولين وبالروسيين في جنيف.");
        assertEquals(List.of("وبالروسيين"), mentions(found.countries(), "Russia"));
    }

    @Test
    void anArabicAdjectiveThatEndsAPersonsNameIsNoCountry() {
        String text = "قتل أبو حمزة المصري في غارة، وقال الرئيس المصري إن التحقيق مستمر.";
        Entities found = in("ar", text);
        // Only the president's adjective: the one after the kunya أبو حمزة is his family name.
        assertEquals(List.of(text.indexOf("الرئيس المصري") + "الرئيس ".length()),
                found.countries().getFirst().mentions().stream().map(Mention::start).toList());
    }

    @Test
    void anArabicGivenNameThatIsANisbaIsNoCountry() {
        assertEquals(List.of(), in("ar", "وأوضح الملازم أول تركي الحربي أن السجون مستعدة، بحضور الأمير تركي بن منصور.").countries());
    }

    @Test
    void theArabicWordForArabIsNoCountry() {
        assertEquals(List.of(), in("ar", "اجتمع وزراء الخارجية العرب في مقر الجامعة، وأكد البيان العربي دعم الحل.").countries());
    }

    @Test
    void invisibleMarksInsideAnArabicOrCyrillicNameDoNotSplitIt() {
        // A right-to-left mark inside بوتين and a soft hyphen inside Путина, as pasted pages carry them.
        Entities arabic = in("ar", "قال الرئيس الروسي فلاديمير بو\u200Fتين إن روسيا مستعدة للحوار.");
        assertEquals(List.of("فلاديمير بو\u200Fتين"), mentions(arabic.persons(), "Vladimir Putin"));
        Entities russian = in("ru", "Президент России Владимир Пу\u00ADтин провёл переговоры в Москве.");
        assertTrue(Extracted.personNames(russian).contains("Vladimir Putin"), russian.persons()::toString);
    }

    @Test
    void anArabicNameWrittenWithTheArticleNeedsItInTheText() {
        Entities found = in("ar", "وصل ديفيد كاميرون إلى الكاميرون. وقال كاميرون إن الزيارة مهمة.");
        assertEquals(List.of("الكاميرون"), mentions(found.countries(), "Cameroon"));
        assertEquals(List.of("ديفيد كاميرون", "كاميرون"), mentions(found.persons(), "David Cameron"));
    }

    @Test
    void anArabicSurnameThatIsAlsoAWordCountsOnlyAfterTheFullName() {
        assertEquals(Set.of(), Extracted.personNames(in("ar", "وقال المشرف على المشروع إن العمل مبارك.")));
    }

    @Test
    void englishAndUnknownLanguagesTakeTheEnglishPathUnchanged() {
        String text = "Russian President Vladimir Putin met German Chancellor Olaf Scholz in Moscow on Friday.";
        assertEquals(Extracted.of(text), in("en", text));
        assertEquals(Extracted.of(text), in(null, text));
    }

    @Test
    void aRussianArticleIsAboutTheCountriesOfItsHeadlineAndLeadNotOfAPassingMention() {
        String text = "Россия и Германия подписали соглашение\n\n"
                + "Москва и Берлин договорились о поставках газа в Германию. Эксперты во Франции отнеслись к этому сдержанно. "
                + "Министры встретятся снова осенью. Представители Франции не присутствовали.";
        Entities found = in("ru", text);
        assertEquals(Set.of("Russia", "Germany", "France"), Extracted.names(found.countries()));
        assertEquals(Set.of("Russia", "Germany"), About.names(text, new Entities(List.of(), found.countries())));
    }

    @Test
    void aPlaceOfTwoWordsWrittenInCyrillicIsNoPerson() {
        Entities found = in("bg", "Кметовете на Ню Йорк, Роуд Айлънд и Лос Анджелис обявиха нови мерки. Президентът Джо Байдън "
                + "ги подкрепи.");
        assertEquals(List.of("Joe Biden"), found.persons().stream().map(Entity::name).toList());
    }

    @Test
    void anOutletWrittenInCyrillicIsThatOutletAndNoPerson() {
        Entities found = in("bg", "Според Фокс Нюз изборите са спорни, съобщи и Ню Йорк Таймс.");
        assertEquals(List.of("Фокс Нюз"), mentions(found.organizations(), "Fox News"));
        assertEquals(List.of("Ню Йорк Таймс"), mentions(found.organizations(), "The New York Times"));
        assertTrue(found.persons().isEmpty(), found.persons().toString());
    }

    @Test
    void latinLettersSpeltOutInCyrillicAreNoPerson() {
        Entities found = in("bg", "Телевизия Си Ен Ен съобщи, че Джо Байдън печели.");
        assertEquals(List.of("Joe Biden"), found.persons().stream().map(Entity::name).toList());
    }
}
