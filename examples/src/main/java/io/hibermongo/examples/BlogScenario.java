package io.hibermongo.examples;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.hibermongo.dialect.MongoAccess;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The blog example: stores ten entries and then queries, updates and deletes them with ordinary JPA and
 * HQL, with one native MQL aggregate and one call of the MongoDB driver next to the ORM, printing one
 * readable line per result to the given stream.
 */
public final class BlogScenario {

    private static final Blog BEATLES = new Blog("Beatles Blog", "All the latest Beatles news.");
    private static final Blog CHEDDAR = new Blog("Cheddar Talk", "Thoughts on cheese.");
    private static final Blog PYTHONISTAS = new Blog("Pythonistas", "Snakes, mostly.");

    private static final Author PAUL = new Author("Paul", "paul@example.com");
    private static final Author RINGO = new Author("Ringo", "ringo@example.com");
    private static final Author JOE = new Author("Joe", "joe@example.com");
    private static final Author JANE = new Author("Jane", "jane@example.com");

    private final EntityManagerFactory entityManagerFactory;
    private final PrintStream out;

    public BlogScenario(EntityManagerFactory entityManagerFactory, PrintStream out) {
        this.entityManagerFactory = entityManagerFactory;
        this.out = out;
    }

    /** Runs every step in order; the {@code entry} collection is emptied first so that reruns agree. */
    public void run() {
        deleteEarlierEntries();
        ObjectId rememberingLennon = persistEntries();
        filterByBlog("Cheddar Talk");
        likeHeadline("%Lennon%");
        orderByComments();
        secondPage();
        countAndAverage();
        taggedWith("cheese");
        commentedOnBy("Ringo");
        commentOn(rememberingLennon, new Comment("Jane", "Lovely piece."));
        mostCommentedNatively("Beatles Blog");
        addCommentsWithTheDriver("Jane");
        renameTagline("Cheddar Talk", "Gouda is still overrated.");
        findAndRemove(rememberingLennon);
    }

    private void deleteEarlierEntries() {
        int deleted = entityManagerFactory.callInTransaction(em -> em.createQuery("delete from Entry e")
                .executeUpdate());
        out.println("Deleted entries of earlier runs: " + deleted);
    }

    /** Persists the entries in one transaction and returns the id of "Remembering John Lennon". */
    private ObjectId persistEntries() {
        List<Entry> entries = List.of(
                entry(BEATLES, PAUL, "Lennon and McCartney write again", "2024-01-05", 12, 5).tagged("music", "news"),
                entry(BEATLES, RINGO, "Ringo's drum kit sold at auction", "2024-02-11", 4, 3).tagged("music", "auction"),
                entry(BEATLES, PAUL, "Remembering John Lennon", "2024-03-20", 30, 5).tagged("music", "history"),
                entry(BEATLES, RINGO, "Abbey Road crossing repainted", "2024-05-02", 2, null).tagged("london"),
                entry(CHEDDAR, JOE, "Gouda is overrated", "2024-01-18", 25, 2).tagged("cheese", "opinion"),
                entry(CHEDDAR, JANE, "Aged cheddar, a love letter", "2024-02-27", 8, 4).tagged("cheese"),
                entry(CHEDDAR, JANE, "Cheese boards for Lennon fans", "2024-04-09", 6, 3).tagged("cheese", "music"),
                entry(CHEDDAR, JOE, "Blue cheese myths", "2024-06-15", 1, 4),
                entry(PYTHONISTAS, JANE, "Ten tips for clean code", "2024-03-03", 17, 4).tagged("python"),
                entry(PYTHONISTAS, JOE, "Type hints in practice", "2024-06-30", 3, 3).tagged("python", "types"));
        entries.get(2).getComments().add(new Comment("Ringo", "He is missed."));
        entries.get(6).getComments().addAll(List.of(new Comment("Ringo", "Cheddar and Abbey Road!"),
                new Comment("Paul", "Count me in.")));
        entityManagerFactory.runInTransaction(em -> entries.forEach(em::persist));
        out.println("Persisted entries: " + entries.size());
        return entries.get(2).getId();
    }

    private void filterByBlog(String blogName) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e where e.blog.name = :name order by e.pubDate", Entry.class)
                .setParameter("name", blogName)
                .getResultList());
        print("Entries on " + blogName, entries);
    }

    private void likeHeadline(String pattern) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e where e.headline like :pattern order by e.headline", Entry.class)
                .setParameter("pattern", pattern)
                .getResultList());
        print("Headlines like '" + pattern + "'", entries);
    }

    private void orderByComments() {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e order by e.nComments desc, e.headline", Entry.class)
                .getResultList());
        print("Entries by number of comments", entries);
    }

    private void secondPage() {
        int pageSize = 3;
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e order by e.pubDate", Entry.class)
                .setFirstResult(pageSize)
                .setMaxResults(pageSize)
                .getResultList());
        print("Page 2 by date, " + pageSize + " per page", entries);
    }

    private void countAndAverage() {
        long count = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select count(e) from Entry e", Long.class)
                .getSingleResult());
        double averageRating = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select avg(e.rating) from Entry e", Double.class)
                .getSingleResult());
        out.println("Entries: " + count);
        out.println(String.format(Locale.ROOT, "Average rating of rated entries: %.2f", averageRating));
    }

    /** Entries by an element of their tags array: {@code array_contains} becomes an {@code $in} on the array. */
    private void taggedWith(String tag) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e where array_contains(e.tags, :tag) order by e.pubDate", Entry.class)
                .setParameter("tag", tag)
                .getResultList());
        out.println("Entries tagged '" + tag + "': " + entries.size());
        entries.forEach(entry -> out.println("  " + entry.getHeadline() + " " + entry.getTags()));
    }

    /**
     * Entries by a field of one of their comments: the join reads the comments array of each entry, and the
     * condition holds for one comment (an {@code $elemMatch}, then {@code $unwind}).
     */
    private void commentedOnBy(String author) {
        List<String> headlines = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select distinct e.headline from Entry e join e.comments c where c.author = :author "
                        + "order by e.headline", String.class)
                .setParameter("author", author)
                .getResultList());
        out.println("Entries commented on by " + author + ": " + headlines.size());
        headlines.forEach(headline -> out.println("  " + headline));
    }

    /** Adding a comment to a loaded entry is one {@code $push} onto its comments array. */
    private void commentOn(ObjectId id, Comment comment) {
        entityManagerFactory.runInTransaction(em -> em.find(Entry.class, id).getComments().add(comment));
        List<Comment> comments = entityManagerFactory.callInTransaction(em -> List.copyOf(em.find(Entry.class, id).getComments()));
        out.println("Comments on the entry now: " + comments.size());
        comments.forEach(c -> out.println("  " + c.getAuthor() + ": " + c.getText()));
    }

    /**
     * A native MQL aggregate through plain JPA: the documents it returns are read as managed entries, by the
     * entry's document layout; {@code :blog} is bound as a value, never spliced into the text. The blog's
     * name is stored as {@code blog.blog_name}: the override renames its column, and so its nested field.
     */
    @SuppressWarnings("unchecked")
    private void mostCommentedNatively(String blogName) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em.createNativeQuery(
                "{aggregate: 'entry', pipeline: [{$match: {'blog.blog_name': :blog}}, {$sort: {nComments: -1}}, {$limit: 2}]}",
                Entry.class)
                .setParameter("blog", blogName)
                .getResultList());
        print("Most commented on " + blogName + " (native MQL)", entries);
    }

    /**
     * The MongoDB driver inside the ORM's transaction: a raw update on the entries' collection, on the
     * transaction's ClientSession (there is none on a server without sessions, such as the in-process one),
     * then a query of the same transaction that sees it.
     */
    private void addCommentsWithTheDriver(String authorName) {
        long[] counts = entityManagerFactory.callInTransaction(em -> {
            MongoAccess mongo = MongoAccess.of(em);
            MongoCollection<Document> entries = mongo.collection(Entry.class);
            ClientSession session = mongo.clientSession();
            Bson byAuthor = Filters.eq("author.author_name", authorName);
            Bson oneMore = Updates.inc("nComments", 1);
            UpdateResult result = session == null
                    ? entries.updateMany(byAuthor, oneMore)
                    : entries.updateMany(session, byAuthor, oneMore);
            long comments = em.createQuery("select sum(e.nComments) from Entry e where e.author.name = :name", Long.class)
                    .setParameter("name", authorName)
                    .getSingleResult();
            return new long[] {result.getModifiedCount(), comments};
        });
        out.println("Entries of " + authorName + " given a comment with the driver: " + counts[0]);
        out.println("Comments on entries of " + authorName + " now: " + counts[1]);
    }

    /** The tagline is copied into every entry of the blog, so renaming it is a bulk update. */
    private void renameTagline(String blogName, String tagline) {
        int updated = entityManagerFactory.callInTransaction(em -> em
                .createQuery("update Entry e set e.blog.tagline = :tagline, e.modDate = :now "
                        + "where e.blog.name = :name")
                .setParameter("tagline", tagline)
                .setParameter("now", LocalDateTime.now())
                .setParameter("name", blogName)
                .executeUpdate());
        long retagged = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select count(e) from Entry e where e.blog.tagline = :tagline", Long.class)
                .setParameter("tagline", tagline)
                .getSingleResult());
        out.println("Updated the tagline of entries: " + updated);
        out.println("Entries with the new tagline: " + retagged);
    }

    private void findAndRemove(ObjectId id) {
        Entry found = entityManagerFactory.callInTransaction(em -> em.find(Entry.class, id));
        out.println("Found by id: " + describe(found));
        entityManagerFactory.runInTransaction(em -> em.remove(em.find(Entry.class, id)));
        boolean gone = entityManagerFactory.callInTransaction(em -> em.find(Entry.class, id) == null);
        long left = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select count(e) from Entry e", Long.class)
                .getSingleResult());
        out.println("Removed it, gone: " + gone);
        out.println("Entries left: " + left);
    }

    private void print(String title, List<Entry> entries) {
        out.println(title + ": " + entries.size());
        entries.forEach(entry -> out.println("  " + describe(entry)));
    }

    private static String describe(Entry entry) {
        String rating = entry.getRating() == null ? "none" : entry.getRating().toString();
        return String.format(Locale.ROOT, "%s  %s (%s, by %s, comments: %d, rating: %s)", entry.getPubDate(),
                entry.getHeadline(), entry.getBlog().getName(), entry.getAuthor().getName(),
                entry.getNComments(), rating);
    }

    private static Entry entry(Blog blog, Author author, String headline, String pubDate, int nComments,
            Integer rating) {
        return new Entry(blog, author, headline, "About: " + headline, LocalDate.parse(pubDate), nComments, rating);
    }
}
