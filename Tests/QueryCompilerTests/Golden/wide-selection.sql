-- books
SELECT json_build_object('nodes', coalesce(json_agg((left(json_build_object('t0', r1.title, 't1', r1.title, 't2', r1.title, 't3', r1.title, 't4', r1.title, 't5', r1.title, 't6', r1.title, 't7', r1.title, 't8', r1.title, 't9', r1.title, 't10', r1.title, 't11', r1.title, 't12', r1.title, 't13', r1.title, 't14', r1.title, 't15', r1.title, 't16', r1.title, 't17', r1.title, 't18', r1.title, 't19', r1.title, 't20', r1.title, 't21', r1.title, 't22', r1.title, 't23', r1.title, 't24', r1.title, 't25', r1.title, 't26', r1.title, 't27', r1.title, 't28', r1.title, 't29', r1.title, 't30', r1.title, 't31', r1.title, 't32', r1.title, 't33', r1.title, 't34', r1.title, 't35', r1.title, 't36', r1.title, 't37', r1.title, 't38', r1.title, 't39', r1.title, 't40', r1.title, 't41', r1.title, 't42', r1.title, 't43', r1.title, 't44', r1.title, 't45', r1.title, 't46', r1.title, 't47', r1.title, 't48', r1.title, 't49', r1.title)::text, -1) || ', ' || substr(json_build_object('t50', r1.title, 't51', r1.title, 't52', r1.title, 't53', r1.title, 't54', r1.title, 't55', r1.title, 't56', r1.title, 't57', r1.title, 't58', r1.title, 't59', r1.title)::text, 2))::json ORDER BY r1._rn ASC) FILTER (WHERE r1._rn <= $2::bigint), '[]'::json)) AS json
FROM (
  SELECT t2.*, t2.id AS _k0, row_number() OVER (ORDER BY t2.id ASC) AS _rn
  FROM books AS t2
  ORDER BY t2.id ASC
  LIMIT $1::bigint
) AS r1;
-- $1 = '2'
-- $2 = '1'

