package io.hibermongo.examples.springblog;

import java.sql.Blob;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A blog entry, Djongo's documentation model: one document with the blog embedded, authors, tags and comments
 * as arrays, and the cover image as a GridFS file whose id the document holds.
 */
@Entity
public class Entry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;
	@Embedded
	private Blog blog;
	@Column(nullable = false)
	private String headline;
	@Column(length = 4000)
	private String bodyText;
	private LocalDate pubDate;
	private int rating;
	@ElementCollection
	@OrderColumn
	private List<String> authors = new ArrayList<>();
	@ElementCollection
	@OrderColumn
	private List<String> tags = new ArrayList<>();
	@ElementCollection
	@OrderColumn
	private List<Comment> comments = new ArrayList<>();
	private Blob cover;
	private String coverType;
	@Version
	private Long version;

	public Long getId() {
		return id;
	}

	public Blog getBlog() {
		return blog;
	}

	public void setBlog(Blog blog) {
		this.blog = blog;
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

	public List<String> getAuthors() {
		return authors;
	}

	public List<String> getTags() {
		return tags;
	}

	public List<Comment> getComments() {
		return comments;
	}

	public Blob getCover() {
		return cover;
	}

	public String getCoverType() {
		return coverType;
	}

	public void setCover(Blob cover, String coverType) {
		this.cover = cover;
		this.coverType = coverType;
	}

	public Long getVersion() {
		return version;
	}
}
