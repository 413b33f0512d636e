"""Word lists for the demo generator: varied, international, plausible."""

FIRST_NAMES = (
    "Ana", "Ben", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gabriel", "Hana", "Ibrahim", "Jonas",
    "Kemi", "Lucía", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tamar",
    "Umar", "Valentina", "Wen", "Ximena", "Yusuf", "Zoë", "Ayu", "Budi", "Citra", "Dewi",
    "Eka", "Fajar", "Gita", "Hendra", "Intan", "Joko", "Kartika", "Lestari", "Made", "Nyoman",
    "Putri", "Rizky", "Sari", "Wayan", "Aiko", "Haruto", "Yuki", "Sakura", "Kenji", "Mei",
    "Li", "Jun", "Chen", "Amara", "Chidi", "Ngozi", "Tunde", "Aarav", "Ishaan", "Ananya",
    "Kavya", "Rohan", "Leila", "Omar", "Samira", "Youssef", "Łukasz", "Agnieszka", "Marek",
    "Zofia", "Søren", "Ingrid", "Astrid", "Björn", "Elif", "Mehmet", "Zeynep", "Emre",
    "Siobhán", "Niamh", "Cian", "Aoife", "Margaux", "Théo", "Léa", "Hugo", "Giulia", "Marco",
    "Francesca", "Luca", "João", "Beatriz", "Tiago", "Inês", "Olivia", "Noah", "Emma", "Liam",
    "Maya", "Elijah", "Grace", "Samuel", "Ruth", "Daniel", "Esther", "David", "Naomi", "Isaac",
)

LAST_NAMES = (
    "Silva", "Okafor", "Nguyen", "Müller", "García", "Kowalski", "Sato", "Kim", "Haddad",
    "Johansson", "Rossi", "Dubois", "Novak", "Petrov", "Santoso", "Wijaya", "Pratama",
    "Kusuma", "Hidayat", "Saputra", "Nakamura", "Tanaka", "Wang", "Li", "Zhang", "Adeyemi",
    "Mensah", "Sharma", "Patel", "Iyer", "Khan", "Rahman", "Yılmaz", "Demir", "O'Brien",
    "Murphy", "Fernández", "López", "Martin", "Bernard", "Costa", "Pereira", "Jensen",
    "Hansen", "Andersen", "Smith", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Ahmed",
    "Cohen", "Levi", "Schmidt", "Fischer", "Weber", "Horvat", "Popescu", "Ivanova",
)

NICKNAMES = ("Bee", "Dee", "Jojo", "Kiki", "Mo", "Nana", "Ollie", "Pip", "Sunny", "Teddy",
             "Tiny", "Zed", "Doc", "Ace", "Lulu")

INTERESTS = (
    "climbing", "board games", "cooking", "hiking", "jazz", "running", "cycling", "photography",
    "gardening", "chess", "yoga", "swimming", "pottery", "reading", "film", "baking",
    "birdwatching", "football", "badminton", "karaoke", "camping", "coffee", "tea", "knitting",
    "painting", "poetry", "volunteering", "sailing", "surfing", "dancing", "languages",
    "history", "astronomy", "woodworking", "theatre", "music festivals", "meditation",
    "tennis", "fishing", "crosswords",
)

PLACES = (
    "Corner café", "Riverside park", "The old library", "Night market", "Her place", "His place",
    "Our usual bench", "Climbing gym", "Botanical garden", "Warung Bu Sri", "Harbour walk",
    "Community garden", "Jazz bar on 5th", "Board game café", "Sunday market", "The bakery",
    "Lakeside trail", "Museum café", "Noodle house", "Rooftop terrace",
)

TOPICS = (
    "Talked about her new job and how the first weeks went.",
    "He is thinking of moving closer to his parents.",
    "Planning a trip together next spring.",
    "Long walk, mostly about books.",
    "Caught up on family news; the twins started school.",
    "She asked for advice about her garden.",
    "Shared photos from the summer.",
    "We cooked together and it was lovely.",
    "Quick catch-up between errands.",
    "Helped with the move; tired but happy.",
    "Talked about his father's health; follow up soon.",
    "Laughed a lot about the old days.",
    "Tried the new place downtown.",
    "She is training for a half marathon.",
    "Celebrated the promotion!",
    "",
    "",
)

FOLLOW_UPS = (
    "Ask how the interview went",
    "Return the borrowed book",
    "Ask about her mother's surgery",
    "Send the photos from the trip",
    "Ask about the new apartment",
    "Recommend that podcast",
    "Check how the marathon training is going",
    "Bring the recipe",
    "Ask about the kids' school",
    "Congratulate on the new job",
)

MEETUP_TITLES = (
    "Coffee", "Lunch", "Dinner at ours", "Walk in the park", "Board game night",
    "Climbing session", "Picnic", "Concert", "Cinema", "Brunch", "Hike", "Cooking together",
    "Market stroll", "Birthday drinks",
)

NOTE_SNIPPETS = (
    "Met at university.", "Neighbour from the old flat.", "Colleague from the first job.",
    "Friend of Ana's.", "Childhood friend.", "From the climbing club.", "Book club.",
    "Vegetarian.", "Allergic to cats.", "Loves terrible puns.", "Always early.",
    "Prefers mornings.", "",
)
