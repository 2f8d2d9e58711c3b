-- Staff search (issue 15): keywords in Chinese text, found through an index of character bigrams.
-- pg_trgm ships with the embedded PostgreSQL, but its trigrams come only from what the database's locale calls letters:
-- under the embedded database's C locale a Chinese text has none, and a two-character keyword (噪音, 路灯) would be
-- shorter than one trigram anyway. So the searchable text (the resident's message, the public text, the resident's name)
-- is cut into overlapping pairs of characters, plus the last character of each run, as the lexemes of a tsvector.

-- Lower case, punctuation (ASCII and Chinese) and white space turned into single spaces: the form both sides compare.
create function search_text_norm(t text) returns text language sql immutable parallel safe as $$
    select regexp_replace(lower(coalesce(t, '')), '[[:space:][:punct:]，。！？、；：“”‘’（）《》【】〔〕…—·　～￥]+', ' ', 'g')
$$;

-- Every pair of neighbouring characters within a run, and each run's last character alone (so one character is found
-- too, as a prefix). A loop over the characters: a set-returning SQL version re-normalised the text for every character.
create function search_bigrams(t text) returns tsvector language plpgsql immutable parallel safe as $$
declare
    c text[] := string_to_array(search_text_norm(t), null);
    l int := coalesce(array_length(c, 1), 0);
    g text[] := '{}';
begin
    for i in 1..l loop
        if c[i] <> ' ' then
            g := array_append(g, case when i = l or c[i + 1] = ' ' then c[i] else c[i] || c[i + 1] end);
        end if;
    end loop;
    return array_to_tsvector(g);
end
$$;

-- A typed query as the bigrams all its words must have (a one-character word as a prefix); null when nothing is left.
create function search_query(q text) returns tsquery language sql immutable parallel safe as $$
    select cast(string_agg(case when length(w) = 1 then quote_literal(w) || ':*' else quote_literal(substr(w, i, 2)) end, ' & ')
                as tsquery)
    from unnest(string_to_array(btrim(search_text_norm(q)), ' ')) w, generate_series(1, greatest(length(w) - 1, 1)) i
    where w <> ''
$$;

-- The words of a typed query, each to be found whole in the text (the bigrams only narrow the rows down).
create function search_words(q text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(w), '{}') from unnest(string_to_array(btrim(search_text_norm(q)), ' ')) w where w <> ''
$$;

alter table cases add column search_bigrams tsvector generated always as (
    search_bigrams(message_text || ' ' || coalesce(public_text, '') || ' ' || coalesce(resident_name, ''))) stored;
create index cases_search_bigrams on cases using gin (search_bigrams);
-- the order search results are listed and paged in (keyset: newest first, then by id)
create index cases_newest on cases (submitted_at desc, id desc);
