#include "crypto/CommonWords.h"

namespace vigia {

namespace {

// Generated once from hand-picked frequency lists (passwords first, then
// Spanish, Portuguese and English words interleaved by rank); words under
// three letters are left out, since zxcvbn would find them inside any word.
const char *const kWords[] = {
    "contraseña",   "que",           "não",        "the",          "contrasena", "senha",
    "minhasenha",   "clave",         "and",        "teamo",        "teamomucho", "that",
    "amor",         "have",          "amorcito",   "tequiero",     "for",        "teadoro",
    "para",         "not",           "eusouamor",  "por",          "iloveyou",   "qué",
    "com",          "with",          "password",   "uma",          "passw0rd",   "una",
    "letmein",      "you",           "welcome",    "los",          "bienvenido", "bemvindo",
    "con",          "this",          "admin",      "mais",         "but",        "administrador",
    "his",          "administrator", "está",       "dos",          "changeme",   "como",
    "from",         "secret",        "bien",       "mas",          "they",       "secreto",
    "pero",         "foi",           "segredo",    "say",          "qwerty",     "eso",
    "ele",          "her",           "qwertyuiop", "las",          "das",        "she",
    "asdfghjkl",    "tem",           "azerty",     "monkey",       "seu",        "will",
    "dragon",       "aquí",          "sua",        "football",     "del",        "one",
    "futbol",       "ser",           "all",        "futebol",      "quando",     "would",
    "baseball",     "muito",         "there",      "sunshine",     "más",        "their",
    "princess",     "esto",          "nos",        "what",         "princesa",   "trustno1",
    "todo",         "superman",      "esta",       "out",          "batman",     "vamos",
    "também",       "master",        "muy",        "about",        "hello",      "hay",
    "pelo",         "who",           "hola",       "ahora",        "pela",       "get",
    "ola",          "algo",          "até",        "which",        "olá",        "estoy",
    "isso",         "test",          "tengo",      "ela",          "prueba",     "entre",
    "when",         "teste",         "era",        "make",         "guest",      "nada",
    "depois",       "can",           "vigia",      "cuando",       "sem",        "like",
    "observatorio", "mesmo",         "time",       "observatório", "este",       "aos",
    "ter",          "just",          "estás",      "seus",         "him",        "así",
    "quem",         "know",          "puedo",      "nas",          "take",       "cómo",
    "people",       "quiero",        "esse",       "into",         "solo",       "eles",
    "year",         "soy",           "estão",      "your",         "tiene",      "você",
    "good",         "gracias",       "tinha",      "some",         "foram",      "could",
    "essa",         "them",          "bueno",      "num",          "see",        "fue",
    "nem",          "other",         "suas",       "than",         "hacer",      "meu",
    "then",         "son",           "now",        "todos",        "minha",      "look",
    "têm",          "only",          "eres",       "numa",         "come",       "vez",
    "pelos",        "its",           "tienes",     "elas",         "over",       "creo",
    "havia",        "think",         "ella",       "seja",         "also",       "qual",
    "back",         "ese",           "será",       "after",        "voy",        "nós",
    "use",          "puede",         "tenho",      "two",          "sabes",      "lhe",
    "how",          "deles",         "our",        "sólo",         "essas",      "work",
    "dios",         "esses",         "first",      "casa",         "pelas",      "well",
    "vida",         "way",           "tiempo",     "fosse",        "even",       "señor",
    "dele",         "new",           "nunca",      "want",         "siempre",    "because",
    "mundo",        "vocês",         "any",        "mujer",        "vos",        "these",
    "hombre",       "lhes",          "give",       "noche",        "meus",       "day",
    "día",          "minhas",        "most",       "padre",        "teu",        "madre",
    "tua",          "love",          "hijo",       "teus",         "life",       "hija",
    "tuas",         "world",         "amigo",      "nosso",        "man",        "amiga",
    "nossa",        "woman",         "familia",    "nossos",       "night",      "perro",
    "nossas",       "father",        "gato",       "obrigado",     "mother",     "sol",
    "luna",         "daughter",      "mar",        "tempo",        "friend",     "cielo",
    "senhor",       "family",        "agua",       "dog",          "fuego",      "sempre",
    "cat",          "tierra",        "sun",        "flor",         "mulher",     "moon",
    "rosa",         "homem",         "sea",        "corazón",      "noite",      "sky",
    "verde",        "dia",           "water",      "azul",         "pai",        "fire",
    "rojo",         "mãe",           "earth",      "negro",        "filho",      "flower",
    "blanco",       "filha",         "rose",       "amarillo",     "heart",      "feliz",
    "green",        "libertad",      "família",    "blue",         "esperanza",  "cachorro",
    "red",          "jesus",         "black",      "maría",        "white",      "jose",
    "lua",          "yellow",        "juan",       "happy",        "carlos",     "céu",
    "freedom",      "luis",          "água",       "hope",         "ana",        "fogo",
    "god",          "sofia",         "terra",      "mariposa",     "michael",    "chocolate",
    "jennifer",     "estrella",      "coração",    "house",        "ángel",      "money",
    "angel",        "school",        "niño",       "vermelho",     "city",       "niña",
    "preto",        "summer",        "escuela",    "branco",       "winter",     "trabajo",
    "amarelo",      "spring",        "dinero",     "autumn",       "ciudad",     "liberdade",
    "shadow",       "país",          "esperança",  "killer",       "mexico",     "deus",
    "hunter",       "argentina",     "soccer",     "colombia",     "maria",      "hockey",
    "chile",        "joao",          "ranger",     "peru",         "buster",     "brasil",
    "pedro",        "thomas",        "venezuela",  "paulo",        "robert",     "guatemala",
    "jordan",       "ecuador",       "harley",     "bolivia",      "saudade",    "tigger",
    "uruguay",      "beleza",        "charlie",    "paraguay",     "escola",     "pepper",
    "honduras",     "trabalho",      "ginger",     "panama",       "dinheiro",   "cheese",
    "cuba",         "cidade",        "computer",   "lejos",        "flamengo",   "internet",
    "corre",        "corinthians",   "grande",     "palmeiras",    nullptr};

} // namespace

const char *const *CommonWords::list()
{
    return kWords;
}

} // namespace vigia
