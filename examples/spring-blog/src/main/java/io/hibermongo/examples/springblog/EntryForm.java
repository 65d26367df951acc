package io.hibermongo.examples.springblog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the edit page shows and posts: the entry's fields, the embedded blog's, authors and tags as
 * comma-separated text, and one row per comment plus an empty one to add a comment.
 */
public class EntryForm {

	private String headline;
	private String bodyText;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate pubDate;
	private int rating;
	private String blogName;
	private String blogTagline;
	private String authors = "";
	private String tags = "";
	private List<CommentRow> comments = new ArrayList<>();

	/** A new entry's form. */
	public static EntryForm empty() {
		EntryForm form = new EntryForm();
		form.pubDate = LocalDate.now();
		form.comments.add( new CommentRow() );
		return form;
	}

	/** The form of a stored entry. */
	public static EntryForm of(Entry entry) {
		EntryForm form = new EntryForm();
		form.headline = entry.getHeadline();
		form.bodyText = entry.getBodyText();
		form.pubDate = entry.getPubDate();
		form.rating = entry.getRating();
		if ( entry.getBlog() != null ) {
			form.blogName = entry.getBlog().getName();
			form.blogTagline = entry.getBlog().getTagline();
		}
		form.authors = String.join( ", ", entry.getAuthors() );
		form.tags = String.join( ", ", entry.getTags() );
		for ( Comment comment : entry.getComments() ) {
			form.comments.add( new CommentRow( comment.getAuthor(), comment.getText() ) );
		}
		form.comments.add( new CommentRow() );
		return form;
	}

	/** Writes the form into the entry; blank comment rows are dropped. */
	public void applyTo(Entry entry) {
		entry.setHeadline( headline );
		entry.setBodyText( bodyText );
		entry.setPubDate( pubDate );
		entry.setRating( rating );
		entry.setBlog( blank( blogName ) && blank( blogTagline ) ? null : new Blog( blogName, blogTagline ) );
		replace( entry.getAuthors(), split( authors ) );
		replace( entry.getTags(), split( tags ) );
		List<Comment> written = new ArrayList<>();
		for ( CommentRow row : comments ) {
			if ( !blank( row.getText() ) ) {
				written.add( new Comment( row.getAuthor(), row.getText() ) );
			}
		}
		entry.getComments().clear();
		entry.getComments().addAll( written );
	}

	private static <T> void replace(List<T> target, List<T> values) {
		if ( !target.equals( values ) ) {
			target.clear();
			target.addAll( values );
		}
	}

	private static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream( text.split( "," ) ).map( String::trim ).filter( s -> !s.isEmpty() ).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getHeadline() {
		return headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getBodyText() {
		return bodyText;
	}

	public void setBodyText(String bodyText) {
		this.bodyText = bodyText;
	}

	public LocalDate getPubDate() {
		return pubDate;
	}

	public void setPubDate(LocalDate pubDate) {
		this.pubDate = pubDate;
	}

	public int getRating() {
		return rating;
	}

	public void setRating(int rating) {
		this.rating = rating;
	}

	public String getBlogName() {
		return blogName;
	}

	public void setBlogName(String blogName) {
		this.blogName = blogName;
	}

	public String getBlogTagline() {
		return blogTagline;
	}

	public void setBlogTagline(String blogTagline) {
		this.blogTagline = blogTagline;
	}

	public String getAuthors() {
		return authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public List<CommentRow> getComments() {
		return comments;
	}

	public void setComments(List<CommentRow> comments) {
		this.comments = comments;
	}

	/** One comment row of the form. */
	public static class CommentRow {

		private String author;
		private String text;

		public CommentRow() {
		}

		CommentRow(String author, String text) {
			this.author = author;
			this.text = text;
		}

		public String getAuthor() {
			return author;
		}

		public void setAuthor(String author) {
			this.author = author;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}
}
