package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The places a link target is written, gathered from every page that links there, as one
 * unmodifiable list that is put together when first read. The theme's links are on every page:
 * after one edit the preview's link check gathers its ten thousand places for each of them again,
 * and nothing of a rebuild reads them unless a link is reported (the reports of a one-shot build
 * do read them all).
 */
final class Places extends AbstractList<Location> implements RandomAccess {

    /** What each page found of the target, in the order the pages were counted (an unmodifiable list). */
    private final List<?> byPage;
    private final Function<Object, List<Location>> places;
    private volatile List<Location> all;

    /** @param byPage what each page found, unmodifiable; {@code places} says where that was written */
    <T> Places(List<T> byPage, Function<? super T, List<Location>> places) {
        this.byPage = byPage;
        @SuppressWarnings("unchecked")
        Function<Object, List<Location>> of = (Function<Object, List<Location>>) places;
        this.places = of;
    }

    private List<Location> all() {
        List<Location> made = all;
        if (made == null) {
            List<Location> places = new ArrayList<>();
            byPage.forEach(found -> places.addAll(this.places.apply(found)));
            made = List.copyOf(places);
            all = made;
        }
        return made;
    }

    @Override
    public Location get(int index) {
        return all().get(index);
    }

    @Override
    public int size() {
        return all().size();
    }
}
