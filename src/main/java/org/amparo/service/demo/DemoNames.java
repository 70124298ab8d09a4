package org.amparo.service.demo;

import java.util.List;
import org.amparo.domain.Person;

/**
 * Made-up people: Spanish and Latin American given names and surnames (with their accents, ñ and ü) drawn at
 * random, so any likeness to a real person is chance. Phone numbers are in the 555-01xx range that is reserved
 * for fiction.
 */
final class DemoNames {
    private static final List<String> WOMEN = List.of("María", "Lucía", "Sofía", "Inés", "Verónica", "Mónica",
            "Bárbara", "Begoña", "Zoé", "Abigaíl", "Araceli", "Guadalupe", "Yésica", "Dulce", "Xóchitl", "Citlali",
            "Marisol", "Itzel", "Rocío", "Belén", "Leticia", "Ximena", "Ángela", "Raquel", "Noemí", "Estefanía",
            "Elena", "Carmen", "Rosalía", "Débora", "Nayeli", "Maribel", "Soledad", "Adriana", "Fátima", "Jazmín");
    private static final List<String> MEN = List.of("José", "Jesús", "Ángel", "Raúl", "Martín", "Joaquín", "Germán",
            "Héctor", "Óscar", "Rubén", "Julián", "Adrián", "Andrés", "Tomás", "Iván", "Ramón", "Nicolás", "Efraín",
            "Noé", "Simón", "Fermín", "Darío", "Rogelio", "Eliseo", "Jacinto", "Octavio", "Sebastián", "Víctor",
            "Agustín", "Benjamín", "Cristóbal", "Ismael", "Moisés", "Saúl", "Israel", "Wilmer", "Edgar", "Eduardo");
    private static final List<String> SURNAMES = List.of("Núñez", "Peña", "Ibáñez", "Muñoz", "Güemes", "Argüello",
            "Agüero", "Pérez", "Martínez", "Hernández", "Gómez", "Rodríguez", "López", "González", "Sánchez",
            "Ramírez", "Díaz", "Jiménez", "Vásquez", "Domínguez", "Gutiérrez", "Chávez", "Velásquez", "Ordóñez",
            "Cañas", "Montaño", "Patiño", "Castañeda", "Zúñiga", "Quiñones", "Villaseñor", "Carreño", "Beltrán",
            "Mejía", "Cortés", "Bolaños", "Álvarez", "Ruiz", "Morales", "Ortiz", "Cruz", "Reyes", "Flores",
            "Ramos", "Aguilar", "Mendoza", "Vargas", "Castillo", "Juárez", "Robles", "Cifuentes", "Xol", "Tzul",
            "Pacheco", "Salazar", "Toledo", "Yáñez", "Benítez", "Espíndola", "Ledesma", "Orellana", "Paz");
    private static final List<String> OFFICER_FIRST = List.of("Mark", "Daniel", "Kevin", "Sarah", "Emily", "Ryan",
            "Scott", "Heather", "Jason", "Brian", "Amanda", "Travis", "Nicole", "Derek", "Megan", "Cody", "Tyler",
            "Rebecca", "Shawn", "Dustin", "Kelly", "Aaron", "Laura", "Corey", "Jeremy", "Brooke", "Eric", "Dana");
    private static final List<String> OFFICER_LAST = List.of("Ellison", "Harlow", "Pratt", "Whitcomb", "Baird",
            "Hollister", "Gage", "Thayer", "Lamphere", "Colburn", "Merrill", "Pike", "Farrow", "Sargent", "Kimball",
            "Dutton", "Ashby", "Fenwick", "Marsh", "Lyford", "Stearns", "Tuttle", "Blodgett", "Carver", "Hadley",
            "Putney", "Wheelock", "Brigham", "Cutler", "Goodell", "Emery", "Rowell", "Sheldon", "Corliss");
    private static final List<String> NICKNAMES_OF = List.of("José=Pepe", "Jesús=Chuy", "Guadalupe=Lupe",
            "Rogelio=Roge", "Ramón=Moncho", "Soledad=Sole", "Estefanía=Fani", "Eduardo=Lalo");

    private final DemoDice dice;

    DemoNames(DemoDice dice) {
        this.dice = dice;
    }

    /** A given name (sometimes two), then one or two surnames. */
    String personName() {
        boolean woman = dice.chance(0.4);
        List<String> given = woman ? WOMEN : MEN;
        StringBuilder name = new StringBuilder(dice.pick(given));
        if (dice.chance(0.3)) {
            String second = dice.pick(given);
            if (!name.toString().equals(second)) {
                name.append(' ').append(second);
            }
        }
        name.append(' ').append(dice.pick(SURNAMES));
        if (dice.chance(0.6)) {
            name.append(' ').append(dice.pick(SURNAMES));
        }
        return name.toString();
    }

    /** A new person (no id yet); {@code affected} people more often have contact details and a birth year. */
    Person person(boolean affected) {
        String name = personName();
        String given = name.substring(0, name.indexOf(' '));
        String other = NICKNAMES_OF.stream().filter(n -> n.startsWith(given + "=")).findFirst()
                .filter(n -> dice.chance(0.5)).map(n -> n.substring(n.indexOf('=') + 1)).orElse(null);
        String language = switch (dice.weighted(80, 12, 5, 3)) {
            case 0 -> "es";
            case 1 -> "en";
            case 2 -> "K'iche'";
            default -> "Mam";
        };
        String contact = affected && dice.chance(0.6) ? "802-555-01" + String.format("%02d", dice.between(0, 99))
                : null;
        Integer born = affected || dice.chance(0.3) ? dice.between(1962, 2006) : null;
        return new Person(null, name, other, language, contact, born, 0, null);
    }

    String officerName() {
        return dice.pick(OFFICER_FIRST) + " " + dice.pick(OFFICER_LAST);
    }

    /** The given name people call them by in a title ("José", "María Inés"). */
    static String given(Person p) {
        return p.name().substring(0, p.name().indexOf(' '));
    }
}
