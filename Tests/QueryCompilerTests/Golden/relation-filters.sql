-- books
SELECT json_build_object('totalCount', (
  SELECT count(*)
  FROM books AS t1
  WHERE (((t1.genre = $1::text) IS NOT TRUE) OR (t1.price IS NULL)) AND EXISTS (
    SELECT 1
    FROM people AS t2
    WHERE (t2.id = t1.editor_id) AND (t2.name ILIKE $2::text)
  ) AND EXISTS (
    SELECT 1
    FROM credits AS j3
    JOIN people AS t4 ON t4.id = j3.person_id
    WHERE (j3.book_id = t1.id) AND (t4.born < $3::date)
  ) AND (NOT EXISTS (
    SELECT 1
    FROM credits AS j5
    JOIN people AS t6 ON t6.id = j5.person_id
    WHERE (j5.book_id = t1.id) AND ((t6.name <> $4::text) IS NOT TRUE)
  )) AND (NOT EXISTS (
    SELECT 1
    FROM credits AS j7
    JOIN people AS t8 ON t8.id = j7.person_id
    WHERE (j7.book_id = t1.id) AND EXISTS (
      SELECT 1
      FROM people AS t9
      WHERE (t9.id = t8.mentor_id) AND (t9.name = $5::text)
    )
  ))
)) AS json;
-- $1 = 'poetry'
-- $2 = 'An%'
-- $3 = '1950-01-01'
-- $4 = 'Nobody'
-- $5 = 'X'

