package dev.quizsite.maven;

/**
 * Settings for one host in the POM:
 * {@code <hosts><host><name>example.com</name><maxConcurrent>1</maxConcurrent><timeout>20s</timeout></host></hosts>}.
 */
public class LinkHost {

    /** The host name, as in the URL ({@code docs.example.com}). */
    String name;

    /** Requests in flight to this host at once; 0 keeps the global per-host limit. */
    int maxConcurrent;

    /** Request timeout for this host ({@code 20s}); empty keeps the default. */
    String timeout;

    /** Do not check links to this host at all. */
    boolean skip;
}
