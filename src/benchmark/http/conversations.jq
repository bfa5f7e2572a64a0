# Turns the dev set into the benchmark's conversations, as a Lua file: each entry with follow-ups stays one
# conversation; single-question entries are asked four to a conversation, as a citizen asking on. Messages
# stay JSON strings, ready for the request body.
[.[] | [.turns[].user]] as $all
| ([$all[] | select(length > 1)]) as $multi
| ([$all[] | select(length == 1) | .[0]]) as $single
| ($multi + [range(0; $single | length; 4) as $i | $single[$i:$i + 4]])
| "return {\n" + (map("  {" + (map("[==[" + tojson + "]==]") | join(", ")) + "},") | join("\n")) + "\n}"
