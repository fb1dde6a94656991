package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Invented Italian place and organisation names. The word lists deliberately avoid the names of
 * Milan's real neighbourhoods, so nothing in the sample city can be mistaken for a real place.
 */
final class PlaceNames {

    private static final List<String> NEIGHBOURHOOD_PREFIXES = List.of(
            "Borgo", "Villaggio", "Quartiere", "Rione", "Contrada", "Corte", "Prato", "Cascina");

    private static final List<String> NEIGHBOURHOOD_BASES = List.of(
            // trees
            "dei Tigli", "delle Betulle", "dei Castagni", "degli Ontani", "dei Frassini", "delle Querce",
            "dei Carpini", "degli Aceri", "dei Noccioli", "dei Salici", "dei Pioppi", "delle Robinie",
            "dei Platani", "dei Cipressi", "degli Abeti", "dei Larici", "dei Faggi", "dei Sambuchi",
            "delle Magnolie", "dei Ciliegi", "dei Mandorli", "dei Gelsi", "degli Allori", "dei Noci",
            // rivers and waters
            "Trebbia", "Mincio", "Serio", "Agogna", "Scrivia", "Bormida", "Tanaro", "Sesia", "Brenta",
            "Piave", "Chiese", "Mella", "Orba", "Staffora", "del Fontanile", "della Roggia", "delle Marcite",
            "del Mulino", "del Molinetto",
            // saints
            "San Cipriano", "Sant'Egidio", "San Bonifacio", "Sant'Eusebio", "San Costanzo", "Sant'Ilario",
            "San Teodoro", "San Zeno", "San Fabiano", "Santa Lucilla", "San Prospero", "San Severino",
            "San Tarcisio", "Santa Brigida", "San Germano", "Santa Flavia", "San Quirino", "Sant'Agapito",
            "San Romualdo", "Santa Eufemia", "San Donnino", "Santa Savina", "San Massimino", "Sant'Onorato",
            // old rural features
            "della Fornace", "della Filanda", "delle Cave", "dei Prati", "della Brughiera", "della Pieve",
            "della Cascinetta", "delle Rogge", "del Campanile", "della Chiusa", "delle Vigne", "dei Vivai",
            "del Torchio", "della Conca", "delle Fonti", "del Gualdo", "dei Roccoli", "della Pergola",
            "del Pozzo", "delle Serre", "dei Ronchi", "della Lanterna", "del Belvedere", "delle Acacie",
            "dei Glicini", "delle Ortensie", "dei Tulipani", "dei Girasoli", "delle Camelie", "dei Gigli");

    static final List<String> STREET_NAMES = List.of(
            "dei Tigli", "delle Betulle", "dei Castagni", "degli Ontani", "dei Frassini", "delle Querce",
            "dei Carpini", "degli Aceri", "delle Rondini", "dei Passeri", "delle Allodole", "dei Fringuelli",
            "degli Artigiani", "dei Tessitori", "dei Vetrai", "dei Ceramisti", "dei Liutai", "dei Fornai",
            "della Meridiana", "della Bussola", "dell'Astrolabio", "del Sestante", "delle Costellazioni",
            "Lucilla Ferrandi", "Ottavio Brambillasca", "Ermenegilda Pozzoli", "Anselmo Crivellari",
            "Teodolinda Sacchetti", "Gaudenzio Marzorati", "Rosalba Ceriotti", "Ippolito Vimercatesi",
            "delle Orchidee", "dei Gerani", "delle Peonie", "dei Mughetti", "delle Primule", "dei Ciclamini",
            "della Sorgente", "del Ruscello", "della Cascata", "del Laghetto", "delle Risaie", "dei Campi");

    static final List<String> STREET_KINDS = List.of("Via", "Via", "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo");

    /** Evocative words for cooperatives, associations and residences ("Il Girasole"). */
    static final List<String> MOTTOS = List.of(
            "Il Girasole", "La Lanterna", "Il Ponte", "La Bussola", "L'Aquilone", "Il Germoglio", "La Quercia",
            "Il Faro", "La Rondine", "Il Melograno", "La Meridiana", "Il Sentiero", "L'Approdo", "La Tenda",
            "Il Focolare", "La Cordata", "Il Seme", "La Sorgente", "L'Arcobaleno", "Il Mosaico", "La Zattera",
            "Il Filo d'Erba", "La Piroga", "Il Cerchio", "La Spiga", "Il Granaio", "La Casa sull'Albero",
            "Il Pettirosso", "La Fenice", "Il Glicine", "L'Edera", "La Clessidra", "Il Timone", "La Vela",
            "Il Castagno", "La Lucciola", "Il Carrubo", "La Stella Polare", "Il Sorriso", "La Mongolfiera",
            "Il Tamburo", "La Conchiglia", "Il Sole Nuovo", "La Coccinella", "L'Alveare", "Il Nido d'Ape",
            "La Bottega Solidale", "Il Quadrifoglio", "La Goccia", "Il Ramo Verde", "La Staffetta",
            "Il Mappamondo", "La Chiocciola", "Il Ciliegio", "La Girandola", "Il Viandante", "La Scialuppa",
            "Il Crocevia", "La Fionda", "Il Trifoglio", "La Ginestra", "Il Vento", "La Collina", "L'Orizzonte",
            "Il Raggio", "La Cometa", "Il Pane Condiviso", "La Casa Aperta", "Il Giardino Segreto", "La Radice",
            "Il Gabbiano", "La Fontana", "Il Veliero", "La Lampada", "L'Oasi", "Il Portico", "La Carovana");

    static final List<String> PATRONS = List.of(
            "San Cipriano", "Sant'Egidio", "San Bonifacio", "Sant'Eusebio", "San Costanzo", "Sant'Ilario",
            "San Teodoro", "San Zeno", "Santa Lucilla", "San Prospero", "Santa Brigida", "San Germano",
            "Ada Crivelli", "Emilio Boffalora", "Giuditta Lanzani", "Carlo Ostinelli", "Maria Pessina",
            "Luigi Caprotti", "Ernesta Villoresi", "Augusto Ferrario", "Clelia Bossi", "Pietro Gallarati");

    private PlaceNames() {
    }

    /** {@code count} distinct neighbourhood names, in a seed-dependent order. */
    static List<String> neighbourhoods(int count, SplittableRandom rng) {
        if (count > NEIGHBOURHOOD_BASES.size()) {
            throw new IllegalArgumentException("at most " + NEIGHBOURHOOD_BASES.size() + " neighbourhood names");
        }
        List<String> bases = shuffled(NEIGHBOURHOOD_BASES, rng);
        List<String> names = new ArrayList<>();
        for (String base : bases.subList(0, count)) {
            names.add(pick(NEIGHBOURHOOD_PREFIXES, rng) + " " + base);
        }
        return names;
    }

    static <T> List<T> shuffled(List<T> items, SplittableRandom rng) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(rng.nextLong()));
        return copy;
    }

    static <T> T pick(List<T> items, SplittableRandom rng) {
        return items.get(rng.nextInt(items.size()));
    }

    static String street(SplittableRandom rng) {
        return pick(STREET_KINDS, rng) + " " + pick(STREET_NAMES, rng) + ", " + (1 + rng.nextInt(rng.nextInt(4) == 0 ? 160 : 60));
    }
}
