package org.ansoplatform.calls.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.shared.CountryCode;

/**
 * Where synthetic applicants come from and what they are called: about 130 countries weighted like the
 * Scholarship's applicant pool (many from Pakistan, Bangladesh, Nigeria, Ethiopia, Kenya, Egypt, Ghana,
 * Nepal, Sri Lanka; a long tail of others), and names drawn from the naming tradition of each country
 * (family name first where that is the custom, patronymics, two surnames). Demo data only.
 */
final class SyntheticPeople {

    /** A naming tradition: given names, family names, and whether the family name comes first. */
    record Tradition(String[] given, String[] family, boolean familyFirst) {
    }

    private static Tradition t(String given, String family) {
        return new Tradition(given.split(","), family.split(","), false);
    }

    private static final Tradition SOUTH_ASIAN_MUSLIM = t(
            "Muhammad,Ahmed,Ali,Usman,Bilal,Hamza,Ayesha,Fatima,Zainab,Sana,Hira,Rabia,Imran,Tariq,Nadia,Farhan,Sadia,Rashed,Tanvir,Nusrat,Mahmuda,Abdullah,Saima,Kamran",
            "Khan,Ahmed,Hussain,Malik,Qureshi,Chaudhry,Siddiqui,Rahman,Islam,Hossain,Akter,Sheikh,Butt,Raza,Iqbal,Javed,Mahmud,Uddin,Chowdhury");
    private static final Tradition NEPALI_INDIAN = t(
            "Sita,Ram,Bikash,Suman,Anjali,Prakash,Sabina,Rajesh,Priya,Arjun,Kavya,Sunita,Rohan,Deepa,Anil,Pooja,Sandeep,Asha",
            "Shrestha,Sharma,Adhikari,Thapa,Gurung,Karki,Poudel,Rai,Tamang,Patel,Nair,Reddy,Iyer,Singh,Das,Kumar,Bhattarai");
    private static final Tradition SRI_LANKAN = t(
            "Nimal,Kasun,Dilani,Chathura,Tharindu,Sanduni,Ishara,Pradeep,Nadeesha,Ruwan,Thilini,Kavindu,Tharshini,Karthik,Shalini",
            "Perera,Fernando,de Silva,Jayasinghe,Wickramasinghe,Bandara,Rajapaksha,Dissanayake,Gunawardena,Sivakumar,Rathnayake");
    private static final Tradition NIGERIAN = t(
            "Oluwaseun,Chinedu,Ngozi,Adebayo,Aisha,Emeka,Funmilayo,Ibrahim,Chiamaka,Yusuf,Tolulope,Obinna,Blessing,Zainab,Uchenna,Adaeze,Babatunde,Hauwa",
            "Okafor,Adeyemi,Okonkwo,Bello,Abubakar,Eze,Ogunleye,Nwosu,Balogun,Danjuma,Olawale,Chukwu,Usman,Afolabi,Nnamdi,Ibekwe");
    private static final Tradition ETHIOPIAN = t(
            "Abebe,Tigist,Dawit,Meron,Yohannes,Selamawit,Tesfaye,Hana,Bereket,Mekdes,Biniam,Liya,Samuel,Hiwot,Natnael,Rahel,Kidus,Eden",
            "Girma,Bekele,Tadesse,Alemu,Haile,Tesfaye,Kebede,Woldemariam,Mulugeta,Assefa,Gebremedhin,Desta,Abera,Negash,Tekle");
    private static final Tradition EAST_AFRICAN = t(
            "Wanjiru,Otieno,Achieng,Kipchoge,Amani,Baraka,Neema,Juma,Faith,Brian,Mercy,Kevin,Grace,Aloys,Furaha,Innocent,Nakato,Mugisha,Zawadi",
            "Mwangi,Odhiambo,Kamau,Wambui,Omondi,Kiprono,Mutua,Njoroge,Mushi,Okello,Ssempala,Niyonzima,Habimana,Kimaro,Mollel,Nyambura,Banda,Phiri,Mwale");
    private static final Tradition WEST_AFRICAN_ANGLO = t(
            "Kwame,Akua,Kofi,Ama,Yaw,Abena,Kwabena,Efua,Kojo,Adwoa,Kwesi,Esi,Fatmata,Mohamed,Isatou,Lamin,Musu",
            "Mensah,Boateng,Owusu,Asante,Osei,Appiah,Agyeman,Darko,Ofori,Amoah,Kamara,Sesay,Conteh,Jallow,Ceesay,Kollie");
    private static final Tradition ARABIC = t(
            "Mohamed,Ahmed,Mahmoud,Omar,Youssef,Fatma,Mariam,Nour,Salma,Khaled,Hassan,Amira,Rania,Karim,Huda,Tarek,Layla,Sami,Amal,Yasmine",
            "El-Sayed,Hassan,Abdelrahman,Mostafa,Ibrahim,Saleh,Haddad,Mansour,Al-Amin,Benali,Bouzid,Naser,Al-Hashimi,Khalil,Othman,Ben Salah,El Amrani");
    private static final Tradition FRANCOPHONE_AFRICAN = t(
            "Jean,Marie,Aminata,Moussa,Fatoumata,Ousmane,Awa,Serge,Mamadou,Aïssatou,Ibrahima,Christelle,Patrick,Rokia,Hervé,Clarisse,Boubacar,Mariama",
            "Diallo,Traoré,Ndiaye,Kouassi,Mbarga,Nkoulou,Camara,Sow,Diop,Koné,Ouédraogo,Tshibanda,Rakotoarisoa,Mahamat,Nzeyimana,Fofana,Essomba,Sawadogo");
    private static final Tradition SOUTHERN_AFRICAN = t(
            "Thabo,Lerato,Sipho,Nomvula,Tendai,Tatenda,Kagiso,Palesa,Blessing,Chipo,Tapiwa,Naledi,Lindiwe,Farai,Mpho,Nandi",
            "Nkosi,Dlamini,Mokoena,Khumalo,Moyo,Sibanda,Molefe,Ndlovu,Chikwanha,Mutasa,Mabuza,Shikongo,Tjivikua,Masilo,Zulu");
    private static final Tradition PERSIAN = t(
            "Reza,Zahra,Mohammad,Fatemeh,Ali,Maryam,Hossein,Narges,Mehdi,Parisa,Amir,Sara,Farid,Shabnam,Navid,Roya",
            "Hosseini,Ahmadi,Mohammadi,Rezaei,Karimi,Moradi,Jafari,Rahimi,Sadeghi,Kazemi,Nazari,Rahmonov,Safarov,Ahmadzai,Popal");
    private static final Tradition TURKIC = t(
            "Aibek,Dilnoza,Nursultan,Aigerim,Bekzod,Gulnara,Timur,Madina,Emre,Elif,Rustam,Aziza,Daniyar,Zarina,Farrukh,Leyla,Murat,Aysel",
            "Abdullayev,Nurmagambetov,Yusupov,Rakhimov,Saidova,Yılmaz,Kaya,Aliyev,Mammadov,Ismoilov,Toktogulov,Berdiyev,Sultanova,Demir,Zhakupov");
    private static final Tradition SLAVIC = t(
            "Alexei,Natalia,Dmitry,Olga,Sergei,Anna,Ivan,Ekaterina,Mikhail,Irina,Andrei,Tatiana,Marko,Jelena,Petar,Milica,Tomasz,Katarzyna,Giorgi,Nino,Armen,Ani",
            "Ivanov,Petrov,Smirnov,Kuznetsov,Popov,Volkov,Kovalenko,Shevchenko,Novak,Horvat,Jovanović,Petrović,Kowalski,Nowak,Beridze,Kapanadze,Hakobyan,Petrosyan");
    private static final Tradition LATIN = t(
            "María José,Juan Carlos,Ana,Luis,Camila,Diego,Valentina,João,Beatriz,Sofía,Mateo,Gabriela,Andrés,Lucía,Rafael,Fernanda,Carlos,Isabela",
            "García López,Silva Santos,Rodríguez Pérez,Martínez,González Ruiz,Oliveira,Hernández Díaz,Souza,Ramírez Torres,Flores,Castillo Vargas,Pereira,Morales,Rojas Mendoza,Ferreira");
    private static final Tradition WESTERN = t(
            "Emma,Lukas,Sophie,Thomas,Laura,Marco,Julia,Pieter,Chloé,Matteo,Hannah,Oliver,Ingrid,Jakob,Aoife,Nikos,Eleni,Lars,Clara",
            "Müller,Smith,Rossi,Martin,Jansen,Schmidt,Brown,Bianchi,Dubois,Andersson,Nielsen,Murphy,Papadopoulos,Wagner,Hansen,Taylor,Costa");
    private static final Tradition VIETNAMESE = new Tradition(
            "Văn An,Thị Mai,Minh Tuấn,Thị Lan,Quốc Huy,Thu Trang,Đức Anh,Ngọc Hà,Hoàng Nam,Thanh Hương".split(","),
            "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Đặng,Bùi".split(","), true);
    private static final Tradition THAI_LAO_KHMER = t(
            "Somchai,Siriporn,Anong,Kittisak,Nattapong,Pimchanok,Sokha,Dara,Chanthavong,Vanna,Souksavanh,Malee,Ratana,Sopheap",
            "Wongsawat,Chaiyaphum,Srisuk,Boonmee,Kaewkham,Phommasack,Sok,Chea,Keo,Phanthavong,Rattanakosin,Saelim");
    private static final Tradition MALAY_INDONESIAN = t(
            "Budi,Dewi,Siti,Agus,Rina,Ahmad,Nur Aisyah,Putri,Rizky,Hafiz,Sri,Fajar,Aiman,Farah,Maria,Jose,Kristine,Mark",
            "Santoso,Lestari,Wijaya,Saputra,Hidayat,Pratama,bin Ahmad,binti Hassan,Abdullah,Rahman,Santos,Reyes,Cruz,Bautista,Mendoza");
    private static final Tradition MYANMAR = new Tradition(
            "Aung,Thandar,Kyaw,Su,Htet,Myat,Zaw,Ei,Min,Hnin".split(","),
            "Kyaw,Hlaing,Win,Myint,Oo,Aung,Naing,Thu,Htun,Phyo".split(","), false);
    private static final Tradition MONGOLIAN = t(
            "Bat-Erdene,Oyunchimeg,Temuulen,Enkhjin,Munkhbat,Saruul,Ganbold,Nomin,Tsolmon,Bolormaa",
            "Gansukh,Dorj,Batbayar,Erdenebat,Tserendorj,Sukhbaatar,Purevdorj,Ochirbat,Baatar,Damdin");
    private static final Tradition EAST_ASIAN = new Tradition(
            "Wei,Na,Min,Jing,Hao,Yu,Min-jun,Seo-yeon,Yuki,Haruto,Xin,Lei".split(","),
            "Wang,Li,Zhang,Liu,Chen,Kim,Park,Lee,Sato,Suzuki,Zhao,Huang".split(","), true);
    private static final Tradition SOUTH_PACIFIC = t(
            "Sione,Mele,Tevita,Losana,Ana,Viliami,Salote,Epeli,Litia,Iosefa",
            "Tupou,Fifita,Vunipola,Naidu,Ratu,Tuilagi,Kaufana,Waqa,Qarase,Lealaiauloto");

    /** A country, its weight among applicants, and its naming tradition. */
    record Country(String code, double weight, Tradition tradition) {
    }

    static final List<Country> COUNTRIES = new ArrayList<>();
    private static final double TOTAL;

    private static void add(Tradition tradition, double weight, String codes) {
        for (String code : codes.split(",")) {
            COUNTRIES.add(new Country(code, weight, tradition));
        }
    }

    static {
        add(SOUTH_ASIAN_MUSLIM, 16, "PK");
        add(SOUTH_ASIAN_MUSLIM, 6.5, "BD");
        add(NIGERIAN, 6, "NG");
        add(ETHIOPIAN, 4.5, "ET");
        add(EAST_AFRICAN, 3.2, "KE");
        add(ARABIC, 3.2, "EG");
        add(WEST_AFRICAN_ANGLO, 3, "GH");
        add(NEPALI_INDIAN, 2.6, "NP");
        add(SRI_LANKAN, 2.2, "LK");
        add(FRANCOPHONE_AFRICAN, 2, "CM");
        add(PERSIAN, 1.6, "IR");
        add(NEPALI_INDIAN, 1.5, "IN");
        add(EAST_AFRICAN, 1.3, "UG,TZ");
        add(SOUTHERN_AFRICAN, 1.2, "ZW");
        add(ARABIC, 1.1, "SD");
        add(SOUTHERN_AFRICAN, 1, "ZA");
        add(VIETNAMESE, 1, "VN");
        add(MALAY_INDONESIAN, 0.9, "ID");
        add(EAST_AFRICAN, 0.9, "RW");
        add(PERSIAN, 0.8, "AF");
        add(ARABIC, 0.8, "YE,IQ");
        add(THAI_LAO_KHMER, 0.7, "TH");
        add(MONGOLIAN, 0.7, "MN");
        add(TURKIC, 0.6, "KZ,UZ");
        add(SLAVIC, 0.6, "RU");
        add(MALAY_INDONESIAN, 0.6, "MY,PH");
        add(MYANMAR, 0.6, "MM");
        add(LATIN, 0.5, "BR");
        add(ETHIOPIAN, 0.4, "ER");
        add(EAST_AFRICAN, 0.4, "MW,ZM,BI,SS,SO,MZ");
        add(WEST_AFRICAN_ANGLO, 0.4, "SL,LR,GM");
        add(FRANCOPHONE_AFRICAN, 0.4, "SN,CI,BF,ML,NE,BJ,TG,CD,CG,GA,MG,TD,GN,CF,MR,DJ,KM");
        add(SOUTHERN_AFRICAN, 0.3, "BW,NA,LS,SZ");
        add(ARABIC, 0.35, "SY,JO,DZ,MA,TN,LY,SA,LB,PS,OM");
        add(ARABIC, 0.2, "AE,KW,QA,BH");
        add(PERSIAN, 0.35, "TJ");
        add(TURKIC, 0.35, "KG,TM,AZ,TR");
        add(SLAVIC, 0.3, "BY,UA,RS,BG,PL,GE,AM,BA,MK,ME,HR,SK,CZ,MD");
        add(THAI_LAO_KHMER, 0.4, "KH,LA");
        add(MALAY_INDONESIAN, 0.2, "BN,TL");
        add(SOUTH_ASIAN_MUSLIM, 0.3, "MV");
        add(NEPALI_INDIAN, 0.3, "BT");
        add(LATIN, 0.3, "MX,AR,CL,CO,PE,VE,EC,BO,CU,UY,PY");
        add(LATIN, 0.15, "PT,ES,DO,GT,HN,NI,CR,PA,SV");
        add(WESTERN, 0.15, "GB,US,DE,FR,IT,NL,AU,CA,SE,DK,IE,GR,AT,BE,NO,FI,NZ,CH");
        add(EAST_ASIAN, 0.2, "KR,JP,SG");
        add(SOUTH_PACIFIC, 0.15, "FJ,TO,WS,PG");
        add(WEST_AFRICAN_ANGLO, 0.15, "JM,TT,GY");
        // the rules exclude Chinese nationals: a few apply anyway, so that screening has failures
        add(EAST_ASIAN, 0.25, "CN");
        double total = 0;
        for (Country country : COUNTRIES) {
            total += country.weight();
        }
        TOTAL = total;
    }

    private SyntheticPeople() {
    }

    static Country country(Random random) {
        double pick = random.nextDouble() * TOTAL;
        for (Country country : COUNTRIES) {
            pick -= country.weight();
            if (pick < 0) {
                return country;
            }
        }
        return COUNTRIES.get(COUNTRIES.size() - 1);
    }

    /** A name as its bearer writes it, in the tradition of the country. */
    static String name(Random random, Country country) {
        Tradition tradition = country.tradition();
        String given = pick(random, tradition.given());
        String family = pick(random, tradition.family());
        if (tradition == MYANMAR) {
            return given + " " + family + (random.nextBoolean() ? " " + pick(random, tradition.family()) : "");
        }
        return tradition.familyFirst() ? family + " " + given : given + " " + family;
    }

    /** An address at the example domains, made of the name without accents or spaces. */
    static String email(String name, int serial, String domain) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replace('ı', 'i').toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        return ascii + "." + serial + "@" + domain;
    }

    private static final Map<String, String[]> UNIVERSITIES = Map.ofEntries(
            Map.entry("PK", new String[] {"Quaid-i-Azam University", "University of the Punjab", "COMSATS University Islamabad",
                    "University of Agriculture, Faisalabad", "National University of Sciences and Technology", "University of Karachi"}),
            Map.entry("BD", new String[] {"University of Dhaka", "Bangladesh University of Engineering and Technology",
                    "Bangladesh Agricultural University", "University of Chittagong", "Jahangirnagar University"}),
            Map.entry("NG", new String[] {"University of Ibadan", "University of Lagos", "Ahmadu Bello University",
                    "University of Nigeria, Nsukka", "Obafemi Awolowo University"}),
            Map.entry("ET", new String[] {"Addis Ababa University", "Jimma University", "Bahir Dar University", "Hawassa University",
                    "Mekelle University"}),
            Map.entry("KE", new String[] {"University of Nairobi", "Kenyatta University", "Moi University",
                    "Jomo Kenyatta University of Agriculture and Technology", "Egerton University"}),
            Map.entry("EG", new String[] {"Cairo University", "Ain Shams University", "Alexandria University", "Mansoura University",
                    "Assiut University"}),
            Map.entry("GH", new String[] {"University of Ghana", "Kwame Nkrumah University of Science and Technology",
                    "University of Cape Coast", "University for Development Studies"}),
            Map.entry("NP", new String[] {"Tribhuvan University", "Kathmandu University", "Pokhara University",
                    "Agriculture and Forestry University"}),
            Map.entry("LK", new String[] {"University of Colombo", "University of Peradeniya", "University of Moratuwa",
                    "University of Sri Jayewardenepura", "University of Jaffna"}),
            Map.entry("CM", new String[] {"University of Yaoundé I", "University of Buea", "University of Dschang",
                    "University of Douala"}),
            Map.entry("IR", new String[] {"University of Tehran", "Sharif University of Technology", "Isfahan University of Technology"}),
            Map.entry("UG", new String[] {"Makerere University", "Mbarara University of Science and Technology", "Gulu University"}),
            Map.entry("TZ", new String[] {"University of Dar es Salaam", "Sokoine University of Agriculture",
                    "Nelson Mandela African Institution of Science and Technology"}));

    static String university(Random random, String countryCode) {
        String[] known = UNIVERSITIES.get(countryCode);
        if (known != null) {
            return pick(random, known);
        }
        // the ISO short name up to its comma: "National University of Korea", not "… of Korea, Republic of"
        String iso = CountryCode.name(countryCode, Locale.ENGLISH);
        String country = iso.contains(",") ? iso.substring(0, iso.indexOf(',')) : iso;
        return switch (random.nextInt(4)) {
            case 0 -> "National University of " + country;
            case 1 -> "University of Science and Technology of " + country;
            case 2 -> country + " Agricultural University";
            default -> "State University of " + country;
        };
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // research proposals, built from phrases of each field of study

    private static final Map<String, String[]> TOPICS = Map.of(
            "natural-sciences", new String[] {"quantum materials for energy storage", "the chemistry of metal-organic frameworks",
                    "photocatalytic water splitting", "the dynamics of monsoon rainfall", "exoplanet atmospheres",
                    "groundwater arsenic in river deltas", "two-dimensional semiconductors", "biodiversity of alpine lakes"},
            "engineering", new String[] {"low-cost solar micro-grids", "earthquake-resistant masonry", "machine learning for crop disease detection",
                    "water treatment with membrane filtration", "battery management for electric buses", "remote sensing of glacial lakes",
                    "5G networks for rural areas", "recycled aggregates in concrete"},
            "medical", new String[] {"antimicrobial resistance in hospital pathogens", "malaria vector surveillance",
                    "maternal nutrition and child growth", "tuberculosis diagnostics", "dengue transmission in growing cities",
                    "diabetes screening in primary care", "traditional medicinal plants against infection"},
            "agricultural", new String[] {"drought-tolerant sorghum", "soil carbon under conservation tillage", "rice blast resistance genes",
                    "livestock vaccines against foot-and-mouth disease", "aquaculture feed from insects", "fall armyworm control",
                    "salinity-tolerant wheat"},
            "social-sciences", new String[] {"climate migration and urban livelihoods", "the economics of mobile money",
                    "science policy in developing countries", "disaster risk governance", "gender and access to higher education"},
            "humanities", new String[] {"the history of science along the Silk Road", "the ethics of genome editing",
                    "heritage conservation of earthen architecture", "translation of scientific terms into local languages"});

    private static final String[] OPENINGS = {
            "My research will address %s, a problem of direct importance to my country.",
            "I propose to study %s during my doctoral years in China.",
            "The aim of this project is to understand %s and to turn that understanding into practical tools.",
            "This proposal concerns %s, which I first encountered during my undergraduate thesis."};
    private static final String[] BODY = {
            "Existing studies have mostly been carried out in temperate regions, and little is known about conditions in the tropics.",
            "I will combine field measurements with laboratory experiments and numerical models.",
            "The first year will be devoted to coursework and a systematic review of the literature.",
            "In the second year I will collect samples at three sites and analyse them with the instruments available at the host institute.",
            "Data will be shared openly so that other researchers in the region can reuse them.",
            "The methods include statistical analysis, controlled experiments and comparison with published datasets.",
            "I expect the results to inform national policy and to be published in international journals.",
            "My previous work gave me experience with sampling, data analysis and scientific writing.",
            "Collaboration with my prospective supervisor's group will give me access to facilities that do not exist in my home country.",
            "A pilot study with a small sample has already shown promising results.",
            "The project also includes training local technicians when I return home.",
            "Risks such as delays in fieldwork will be reduced by preparing alternative sites in advance.",
            "The third year will focus on writing the thesis and presenting the results at conferences.",
            "The work builds on the ANSO network, which links my home institution with Chinese partners.",
            "Ethical approval will be sought from the relevant committees before any data are collected."};

    /**
     * Disciplines (OECD Fields of Science codes, the review vocabulary) of each field of study, weighted
     * towards those ANSO's scholars study most; one in ten applicants leaves the optional question blank.
     */
    private static final Map<String, String[]> DISCIPLINES = Map.of(
            "natural-sciences", new String[] {"1.1", "1.2", "1.2", "1.3", "1.4", "1.4", "1.5", "1.5", "1.6", "1.6", "1.7"},
            "engineering", new String[] {"2.1", "2.2", "2.2", "2.3", "2.4", "2.5", "2.5", "2.6", "2.7", "2.7", "2.8", "2.9", "2.10", "2.11"},
            "medical", new String[] {"3.1", "3.2", "3.2", "3.3", "3.3", "3.4", "3.5"},
            "agricultural", new String[] {"4.1", "4.1", "4.1", "4.2", "4.3", "4.4", "4.5"},
            "social-sciences", new String[] {"5.1", "5.2", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9"},
            "humanities", new String[] {"6.1", "6.2", "6.3", "6.4", "6.5"});

    /**
     * The discipline of an applicant in a field of study, drawn from its own random seeded by the
     * applicant's serial so that the other answers stay those of earlier versions; null for a blank answer.
     */
    static String discipline(int serial, String field) {
        Random own = new Random(serial * 7919L + field.hashCode());
        if (own.nextInt(10) == 0) {
            return null;
        }
        String[] codes = DISCIPLINES.get(field);
        return codes == null ? null : codes[own.nextInt(codes.length)];
    }

    /** A proposal of about {@code words} words on a topic of the field. */
    static String proposal(Random random, String field, int words) {
        String[] topics = TOPICS.getOrDefault(field, TOPICS.get("natural-sciences"));
        StringBuilder text = new StringBuilder(String.format(pick(random, OPENINGS), pick(random, topics)));
        int count = ApplicationForm.words(text.toString());
        while (count < words) {
            String sentence = pick(random, BODY);
            text.append(random.nextInt(5) == 0 ? "\n\n" : " ").append(sentence);
            count += ApplicationForm.words(sentence);
        }
        return text.toString();
    }

    static String[] fields() {
        return TOPICS.keySet().stream().sorted().toArray(String[]::new);
    }
}
