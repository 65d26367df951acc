package io.hibermongo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlogApplicationTest {

    private static String output;

    @BeforeAll
    static void runScenario() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (BlogDatabase database = BlogDatabase.start();
                EntityManagerFactory entityManagerFactory = database.createEntityManagerFactory();
                PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            new BlogScenario(entityManagerFactory, out).run();
        }
        output = printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        System.out.print(output);
    }

    @Test
    void persistsAllEntries() {
        assertThat(output).contains("Persisted entries: 10\n", "Entries: 10\n");
    }

    @Test
    void filtersOnANestedField() {
        assertThat(output).contains("Entries on Cheddar Talk: 4\n"
                + "  2024-01-18  Gouda is overrated (Cheddar Talk, by Joe, comments: 25, rating: 2)\n");
    }

    @Test
    void matchesHeadlinesWithLike() {
        assertThat(output).contains("Headlines like '%Lennon%': 3\n"
                + "  2024-04-09  Cheese boards for Lennon fans");
    }

    @Test
    void ordersByCommentsDescending() {
        assertThat(output).contains("Entries by number of comments: 10\n"
                + "  2024-03-20  Remembering John Lennon");
    }

    @Test
    void readsTheSecondPage() {
        assertThat(output).contains("Page 2 by date, 3 per page: 3\n"
                + "  2024-02-27  Aged cheddar, a love letter (Cheddar Talk, by Jane, comments: 8, rating: 4)\n"
                + "  2024-03-03  Ten tips for clean code (Pythonistas, by Jane, comments: 17, rating: 4)\n"
                + "  2024-03-20  Remembering John Lennon (Beatles Blog, by Paul, comments: 30, rating: 5)\n");
    }

    @Test
    void averageIgnoresTheUnratedEntry() {
        assertThat(output).contains("Average rating of rated entries: 3.67\n");
    }

    @Test
    void findsEntriesByAnElementOfTheirTags() {
        assertThat(output).contains("Entries tagged 'cheese': 3\n"
                + "  Gouda is overrated [cheese, opinion]\n"
                + "  Aged cheddar, a love letter [cheese]\n"
                + "  Cheese boards for Lennon fans [cheese, music]\n");
    }

    @Test
    void findsEntriesByAFieldOfOneComment() {
        assertThat(output).contains("Entries commented on by Ringo: 2\n"
                + "  Cheese boards for Lennon fans\n"
                + "  Remembering John Lennon\n");
    }

    @Test
    void addsACommentToTheArray() {
        assertThat(output).contains("Comments on the entry now: 2\n"
                + "  Ringo: He is missed.\n"
                + "  Jane: Lovely piece.\n");
    }

    @Test
    void nativeAggregateReturnsEntries() {
        assertThat(output).contains("Most commented on Beatles Blog (native MQL): 2\n"
                + "  2024-03-20  Remembering John Lennon (Beatles Blog, by Paul, comments: 30, rating: 5)\n"
                + "  2024-01-05  Lennon and McCartney write again (Beatles Blog, by Paul, comments: 12, rating: 5)\n");
    }

    @Test
    void driverUpdateIsSeenByTheTransactionsQuery() {
        assertThat(output).contains("Entries of Jane given a comment with the driver: 3\n",
                "Comments on entries of Jane now: 34\n");
    }

    @Test
    void bulkUpdateChangesEveryEntryOfTheBlog() {
        assertThat(output).contains("Updated the tagline of blogs: 1\n", "Entries with the new tagline: 4\n");
    }

    @Test
    void joinsEntriesToTheirAuthors() {
        assertThat(output).contains("Entries written by Paul: 3\n"
                + "  2024-01-05  Lennon and McCartney write again (Beatles Blog, by Paul, comments: 12, rating: 5)\n"
                + "  2024-02-11  Ringo's drum kit sold at auction (Beatles Blog, by Paul, Ringo, comments: 4, rating: 3)\n"
                + "  2024-03-20  Remembering John Lennon (Beatles Blog, by Paul, comments: 30, rating: 5)\n");
    }

    @Test
    void groupsEntriesByTheirBlog() {
        assertThat(output).contains("Entries per blog: 3\n"
                + "  Beatles Blog: 4 entries, 48 comments\n"
                + "  Cheddar Talk: 4 entries, 40 comments\n"
                + "  Pythonistas: 2 entries, 20 comments\n");
    }

    @Test
    void followsBothReferencesInOneQuery() {
        assertThat(output).contains("Authors on Beatles Blog: Paul, Ringo\n");
    }

    @Test
    void countsEntriesFromTheAuthorsSide() {
        assertThat(output).contains("Entries per author: 4\n"
                + "  Jane: 3\n"
                + "  Joe: 3\n"
                + "  Paul: 3\n"
                + "  Ringo: 2\n");
    }

    @Test
    void findsAndRemovesById() {
        assertThat(output).contains("Found by id: 2024-03-20  Remembering John Lennon",
                "Removed it, gone: true\n", "Entries left: 9\n");
    }
}
