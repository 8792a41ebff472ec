package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.entity.person.SlavicWords.Word;

/** One person of a Slavic article: its full-name forms and lone-surname forms, in text order when read back. */
final class SlavicPerson {
    final List<List<Word>> mentions = new ArrayList<>();
    String givenStem;
    String surnameStem;
    int length;
    /** A name given outright: a sacred figure's (slavic-sacred-names.tsv), a titled person's (titled-names.tsv) or a family's person, or null. */
    String sacred;
}
