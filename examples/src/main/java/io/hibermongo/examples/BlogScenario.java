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
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The blog example: stores three blogs, four authors and ten entries (each entry referencing its blog and
 * its authors, Djongo's model) and then queries them, also across the references, updates and deletes them
 * with ordinary JPA and HQL, with one native MQL aggregate and one call of the MongoDB driver next to the
 * ORM, printing one readable line per result to the given stream.
 */
public final class BlogScenario {

    private final EntityManagerFactory entityManagerFactory;
    private final PrintStream out;

    public BlogScenario(EntityManagerFactory entityManagerFactory, PrintStream out) {
        this.entityManagerFactory = entityManagerFactory;
        this.out = out;
    }

    /** Runs every step in order; the collections are emptied first so that reruns agree. */
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
        writtenBy("Paul");
        entriesPerBlog();
        authorsOfBlog("Beatles Blog");
        entriesPerAuthor();
        commentOn(rememberingLennon, new Comment("Jane", "Lovely piece."));
        mostCommentedNatively("Beatles Blog");
        addCommentsWithTheDriver("Jane");
        renameTagline("Cheddar Talk", "Gouda is still overrated.");
        findAndRemove(rememberingLennon);
    }

    private void deleteEarlierEntries() {
        int deleted = entityManagerFactory.callInTransaction(em -> {
            List<Entry> entries = em.createQuery("select e from Entry e", Entry.class).getResultList();
            entries.forEach(em::remove);
            em.createQuery("delete from Blog b").executeUpdate();
            em.createQuery("delete from Author a").executeUpdate();
            return entries.size();
        });
        out.println("Deleted entries of earlier runs: " + deleted);
    }

    /** Persists the blogs, authors and entries in one transaction and returns the id of "Remembering John Lennon". */
    private ObjectId persistEntries() {
        Blog beatles = new Blog("Beatles Blog", "All the latest Beatles news.");
        Blog cheddar = new Blog("Cheddar Talk", "Thoughts on cheese.");
        Blog pythonistas = new Blog("Pythonistas", "Snakes, mostly.");
        Author paul = new Author("Paul", "paul@example.com");
        Author ringo = new Author("Ringo", "ringo@example.com");
        Author joe = new Author("Joe", "joe@example.com");
        Author jane = new Author("Jane", "jane@example.com");
        List<Entry> entries = List.of(
                entry(beatles, List.of(paul), "Lennon and McCartney write again", "2024-01-05", 12, 5).tagged("music", "news"),
                entry(beatles, List.of(ringo, paul), "Ringo's drum kit sold at auction", "2024-02-11", 4, 3).tagged("music", "auction"),
                entry(beatles, List.of(paul), "Remembering John Lennon", "2024-03-20", 30, 5).tagged("music", "history"),
                entry(beatles, List.of(ringo), "Abbey Road crossing repainted", "2024-05-02", 2, null).tagged("london"),
                entry(cheddar, List.of(joe), "Gouda is overrated", "2024-01-18", 25, 2).tagged("cheese", "opinion"),
                entry(cheddar, List.of(jane), "Aged cheddar, a love letter", "2024-02-27", 8, 4).tagged("cheese"),
                entry(cheddar, List.of(jane), "Cheese boards for Lennon fans", "2024-04-09", 6, 3).tagged("cheese", "music"),
                entry(cheddar, List.of(joe), "Blue cheese myths", "2024-06-15", 1, 4),
                entry(pythonistas, List.of(jane), "Ten tips for clean code", "2024-03-03", 17, 4).tagged("python"),
                entry(pythonistas, List.of(joe), "Type hints in practice", "2024-06-30", 3, 3).tagged("python", "types"));
        entries.get(2).getComments().add(new Comment("Ringo", "He is missed."));
        entries.get(6).getComments().addAll(List.of(new Comment("Ringo", "Cheddar and Abbey Road!"),
                new Comment("Paul", "Count me in.")));
        entityManagerFactory.runInTransaction(em -> {
            List.of(beatles, cheddar, pythonistas).forEach(em::persist);
            List.of(paul, ringo, joe, jane).forEach(em::persist);
            entries.forEach(em::persist);
        });
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

    /**
     * Entries by one of their authors: the join unwinds nothing on the entry's side; each author id of the
     * entry's {@code authors} array is looked up in the {@code author} collection ({@code $lookup}).
     */
    private void writtenBy(String author) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select e from Entry e join e.authors a where a.name = :name order by e.pubDate", Entry.class)
                .setParameter("name", author)
                .getResultList());
        print("Entries written by " + author, entries);
    }

    /** Grouping across the reference to the blog: {@code $lookup} of each entry's blog, then {@code $group}. */
    private void entriesPerBlog() {
        List<Object[]> rows = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select b.name, count(e), sum(e.nComments) from Entry e join e.blog b group by b.name order by b.name",
                        Object[].class)
                .getResultList());
        out.println("Entries per blog: " + rows.size());
        rows.forEach(row -> out.println("  " + row[0] + ": " + row[1] + " entries, " + row[2] + " comments"));
    }

    /** Both references in one query: the authors who wrote on a blog, named through the entry's blog. */
    private void authorsOfBlog(String blogName) {
        List<String> names = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select distinct a.name from Entry e join e.authors a where e.blog.name = :blog order by a.name",
                        String.class)
                .setParameter("blog", blogName)
                .getResultList());
        out.println("Authors on " + blogName + ": " + String.join(", ", names));
    }

    /**
     * From the authors' side of the many-to-many, which stores nothing: each author finds the entries whose
     * {@code authors} array holds its id (a {@code $lookup} with the array as the foreign field).
     */
    private void entriesPerAuthor() {
        List<Object[]> rows = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select a.name, count(e) from Author a left join a.entries e group by a.name order by a.name",
                        Object[].class)
                .getResultList());
        out.println("Entries per author: " + rows.size());
        rows.forEach(row -> out.println("  " + row[0] + ": " + row[1]));
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
     * entry's document layout; {@code :blog} is bound as a value, never spliced into the text. The blog's name
     * is in the {@code blog} collection, which the pipeline looks up by the entry's {@code blog_id}.
     */
    @SuppressWarnings("unchecked")
    private void mostCommentedNatively(String blogName) {
        List<Entry> entries = entityManagerFactory.callInTransaction(em -> em.createNativeQuery(
                "{aggregate: 'entry', pipeline: [{$lookup: {from: 'blog', localField: 'blog_id', foreignField: '_id', as: 'b'}}, "
                        + "{$match: {'b.name': :blog}}, {$sort: {nComments: -1}}, {$limit: 2}]}",
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
            ObjectId author = em.createQuery("select a.id from Author a where a.name = :name", ObjectId.class)
                    .setParameter("name", authorName)
                    .getSingleResult();
            MongoAccess mongo = MongoAccess.of(em);
            MongoCollection<Document> entries = mongo.collection(Entry.class);
            ClientSession session = mongo.clientSession();
            // the entries whose authors array holds the author's id
            Bson byAuthor = Filters.eq("authors", author);
            Bson oneMore = Updates.inc("nComments", 1);
            UpdateResult result = session == null
                    ? entries.updateMany(byAuthor, oneMore)
                    : entries.updateMany(session, byAuthor, oneMore);
            long comments = em.createQuery("select sum(e.nComments) from Entry e join e.authors a where a.name = :name", Long.class)
                    .setParameter("name", authorName)
                    .getSingleResult();
            return new long[] {result.getModifiedCount(), comments};
        });
        out.println("Entries of " + authorName + " given a comment with the driver: " + counts[0]);
        out.println("Comments on entries of " + authorName + " now: " + counts[1]);
    }

    /**
     * The tagline lives in the blog's own document: renaming it is one update of one document, and every entry
     * of the blog sees it through its reference.
     */
    private void renameTagline(String blogName, String tagline) {
        int updated = entityManagerFactory.callInTransaction(em -> em
                .createQuery("update Blog b set b.tagline = :tagline where b.name = :name")
                .setParameter("tagline", tagline)
                .setParameter("name", blogName)
                .executeUpdate());
        long retagged = entityManagerFactory.callInTransaction(em -> em
                .createQuery("select count(e) from Entry e where e.blog.tagline = :tagline", Long.class)
                .setParameter("tagline", tagline)
                .getSingleResult());
        out.println("Updated the tagline of blogs: " + updated);
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
                entry.getHeadline(), entry.getBlog().getName(), entry.getAuthorNames(),
                entry.getNComments(), rating);
    }

    private static Entry entry(Blog blog, List<Author> authors, String headline, String pubDate, int nComments,
            Integer rating) {
        return new Entry(blog, authors, headline, "About: " + headline, LocalDate.parse(pubDate), nComments, rating);
    }
}
