#!/usr/bin/env python3
"""Derive the world-wide actor lexicon from the PETRARCH2 / Phoenix actor files.

Usage: python scripts/derive_actors.py [PETRARCH2_DIR]

Reads ``Phoenix.Countries.actors.txt`` (and the stop-word sources
``Phoenix.agents.txt``, ``CAMEO.2.0.txt``) from PETRARCH2_DIR (default
``../shared/reference/petrarch2``) and writes

- ``data/lexicons/actors_derived.csv``   (same columns as ``actors.csv``)
- ``data/lexicons/demonyms_derived.csv`` (same columns as ``demonyms.csv``)
- ``data/lexicons/officials_derived.csv`` (``actor,side,start,end``): every other
  Phoenix government official by full name, read only for a name nothing
  else in the lexicon knows (see ``Lexicons.official``)

The Phoenix dictionaries are MIT-licensed (Copyright (c) 2014 Open Event Data
Alliance; see ``NOTICE``). What comes from where:

- states: the table ``COUNTRIES`` below (common English name, demonyms,
  capital), keyed by the Phoenix/ISO country code; the official long names
  ("Republic of ...") come from the Phoenix country blocks;
- persons: every Phoenix leader (a person CountryInfo marks ``XXXELI``) with a
  dated government role (``XXXGOV``: heads of state and government) and every
  defence official (``XXXGOVMIL``) of a state in ``COUNTRIES`` whose dates
  overlap 1990-2020, one row per role (overlapping or adjacent roles merged).
  Other ministers are left out (see ``MINISTERS``): Phoenix does not tell a
  foreign minister from a finance minister, and sector ministers (``GOVEDU``,
  ``GOVAGR``, ``GOVBUS`` ...) are noise here;
- non-state parties, international organisations and their date-bounded
  officials, and leaders after the Phoenix cut-off (2014): the tables
  ``PARTIES``, ``ORGS`` and ``PERSONS`` below, written by hand.

The hand-written ``actors.csv`` / ``demonyms.csv`` win: a derived person one
of whose names is already a hand-written alias is skipped, as are derived rows
repeating a hand-written actor, and the loader ignores derived aliases that a
hand-written entry already owns. Rerun after editing this script; the output is
deterministic.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "data" / "lexicons"
DEFAULT_SRC = ROOT.parent / "shared" / "reference" / "petrarch2"
LO, HI = dt.date(1990, 1, 1), dt.date(2020, 12, 31)
# ministers without sector code (foreign, finance, interior... Phoenix does not tell
# them apart): left out. Kept (True) they add ~7,500 persons, triple the lexicon load
# time and lower realdev stance F1 (0.536 -> 0.520): surnames of obscure ministers
# collide with other words and names.
MINISTERS = False
COLUMNS = ["actor", "side", "kind", "aliases", "office", "start", "end", "government"]

# ------------------------------------------------------------------ states
# code|side|other names|demonyms (first = canonical)|plural|capitals
# Demonyms that are ordinary words or shared by several states are left out
# (README: "Korean", "Western"); "Congolese" goes to its dominant referent.
COUNTRIES = """
AFG|Afghanistan||Afghan|Afghans|Kabul
ALB|Albania||Albanian|Albanians|Tirana
DZA|Algeria||Algerian|Algerians|Algiers
AND|Andorra||Andorran||Andorra la Vella
AGO|Angola||Angolan|Angolans|Luanda
ATG|Antigua and Barbuda||||
ARG|Argentina|Argentine Republic|Argentine;Argentinian|Argentines;Argentinians|Buenos Aires;Casa Rosada
ARM|Armenia||Armenian|Armenians|Yerevan
AUS|Australia||Australian|Australians|Canberra
AUT|Austria||Austrian|Austrians|Vienna
AZE|Azerbaijan||Azerbaijani;Azeri|Azerbaijanis;Azeris|Baku
BHS|Bahamas|The Bahamas|Bahamian|Bahamians|Nassau
BHR|Bahrain||Bahraini|Bahrainis|Manama
BGD|Bangladesh||Bangladeshi|Bangladeshis|Dhaka
BRB|Barbados||Barbadian|Barbadians|Bridgetown
BLR|Belarus|Byelorussia;Belorussia|Belarusian;Belarussian|Belarusians|Minsk
BEL|Belgium||Belgian|Belgians|
BLZ|Belize||Belizean|Belizeans|Belmopan
BEN|Benin||Beninese||Porto-Novo;Cotonou
BTN|Bhutan||Bhutanese||Thimphu
BOL|Bolivia||Bolivian|Bolivians|La Paz;Sucre
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Bosnians|Sarajevo
BWA|Botswana||Botswanan||Gaborone
BRA|Brazil||Brazilian|Brazilians|Brasilia;Brasília;Planalto
BRN|Brunei|Brunei Darussalam|Bruneian|Bruneians|Bandar Seri Begawan
BGR|Bulgaria||Bulgarian|Bulgarians|Sofia
BFA|Burkina Faso||Burkinabe||Ouagadougou
BDI|Burundi||Burundian|Burundians|Bujumbura;Gitega
KHM|Cambodia||Cambodian|Cambodians|Phnom Penh
CMR|Cameroon||Cameroonian|Cameroonians|Yaounde;Yaoundé
CAN|Canada||Canadian|Canadians|Ottawa
CPV|Cape Verde|Cabo Verde|Cape Verdean|Cape Verdeans|Praia
CAF|Central African Republic||Central African|Central Africans|Bangui
TCD|Chad||Chadian|Chadians|N'Djamena;Ndjamena
CHL|Chile||Chilean;Chilian|Chileans|Santiago
CHN|China|People's Republic of China;PRC|Chinese||Beijing;Peking;Zhongnanhai
COL|Colombia||Colombian|Colombians|Bogota;Bogotá
COM|Comoros||Comoran;Comorian||Moroni
COG|Republic of the Congo|Congo-Brazzaville|||Brazzaville
COD|DR Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;DR Congo;D.R. Congo;Congo-Kinshasa;Zaire|Congolese||Kinshasa
CRI|Costa Rica||Costa Rican|Costa Ricans|San Jose;San José
CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Ivorians|Yamoussoukro;Abidjan
HRV|Croatia||Croatian|Croats|Zagreb
CUB|Cuba||Cuban|Cubans|Havana
CYP|Cyprus|Republic of Cyprus|Cypriot;Greek Cypriot|Cypriots;Greek Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech|Czechs|Prague
DNK|Denmark||Danish|Danes|Copenhagen
DJI|Djibouti||Djiboutian|Djiboutians|
DMA|Dominica||||Roseau
DOM|Dominican Republic||Dominican|Dominicans|Santo Domingo
ECU|Ecuador||Ecuadorian|Ecuadorians|Quito
EGY|Egypt||Egyptian|Egyptians|Cairo
SLV|El Salvador||Salvadoran|Salvadorans|San Salvador
GNQ|Equatorial Guinea||Equatoguinean||Malabo
ERI|Eritrea||Eritrean|Eritreans|Asmara
EST|Estonia||Estonian|Estonians|Tallinn
SWZ|Eswatini|Swaziland|Swazi|Swazis|Mbabane
ETH|Ethiopia||Ethiopian|Ethiopians|Addis Ababa
FJI|Fiji||Fijian|Fijians|Suva
FIN|Finland||Finnish|Finns|Helsinki
FRA|France|French Republic|French||Paris;Elysee;Élysée;Elysee Palace;Quai d'Orsay
GAB|Gabon||Gabonese||Libreville
GMB|Gambia|The Gambia|Gambian|Gambians|Banjul
GEO|Georgia|Republic of Georgia|Georgian|Georgians|Tbilisi
DEU|Germany|Federal Republic of Germany|German|Germans|Berlin;Bonn
GHA|Ghana||Ghanaian|Ghanaians|Accra
GRC|Greece|Hellenic Republic|Greek|Greeks|Athens
GRD|Grenada||Grenadian|Grenadians|
GTM|Guatemala||Guatemalan|Guatemalans|Guatemala City
GIN|Guinea||Guinean|Guineans|Conakry
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean||Bissau
GUY|Guyana||Guyanese||Georgetown
HTI|Haiti||Haitian|Haitians|Port-au-Prince
HND|Honduras||Honduran|Hondurans|Tegucigalpa
HUN|Hungary||Hungarian|Hungarians|Budapest
ISL|Iceland||Icelandic|Icelanders|Reykjavik
IND|India||Indian|Indians|New Delhi
IDN|Indonesia||Indonesian|Indonesians|Jakarta
IRN|Iran|Islamic Republic of Iran|Iranian|Iranians|Tehran;Teheran
IRQ|Iraq||Iraqi|Iraqis|Baghdad
IRL|Ireland|Republic of Ireland|Irish||Dublin
ISR|Israel||Israeli|Israelis|Jerusalem;Tel Aviv
ITA|Italy||Italian|Italians|Rome
JAM|Jamaica||Jamaican|Jamaicans|Kingston
JPN|Japan||Japanese||Tokyo
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian|Jordanians|Amman
KAZ|Kazakhstan|Kazakstan|Kazakh;Kazakhstani|Kazakhs|Astana;Almaty
KEN|Kenya||Kenyan|Kenyans|Nairobi
KIR|Kiribati||||Tarawa
PRK|North Korea|Democratic People's Republic of Korea;DPRK|North Korean|North Koreans|Pyongyang
KOR|South Korea|Republic of Korea|South Korean|South Koreans|Seoul
KWT|Kuwait||Kuwaiti|Kuwaitis|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz Republic|Kyrgyz||Bishkek
LAO|Laos|Lao People's Democratic Republic|Laotian|Laotians|Vientiane
LVA|Latvia||Latvian|Latvians|Riga
LBN|Lebanon||Lebanese||Beirut
LSO|Lesotho||Basotho||Maseru
LBR|Liberia||Liberian|Liberians|Monrovia
LBY|Libya||Libyan|Libyans|Tripoli
LIE|Liechtenstein||||Vaduz
LTU|Lithuania||Lithuanian|Lithuanians|Vilnius
LUX|Luxembourg||Luxembourgish||
MDG|Madagascar||Malagasy||Antananarivo
MWI|Malawi||Malawian|Malawians|Lilongwe
MYS|Malaysia||Malaysian|Malaysians|Kuala Lumpur;Putrajaya
MDV|Maldives|The Maldives|Maldivian|Maldivians|
MLI|Mali||Malian|Malians|Bamako
MLT|Malta||Maltese||Valletta
MHL|Marshall Islands||||Majuro
MRT|Mauritania||Mauritanian|Mauritanians|Nouakchott
MUS|Mauritius||Mauritian|Mauritians|Port Louis
MEX|Mexico||Mexican|Mexicans|Mexico City
FSM|Micronesia|Federated States of Micronesia|||Palikir
MDA|Moldova|Republic of Moldova;Moldavia|Moldovan;Moldavian|Moldovans|Chisinau
MCO|Monaco||Monegasque||
MNG|Mongolia||Mongolian|Mongolians|Ulan Bator;Ulaanbaatar
MNE|Montenegro||Montenegrin|Montenegrins|Podgorica
MAR|Morocco||Moroccan|Moroccans|Rabat
MOZ|Mozambique||Mozambican|Mozambicans|Maputo
MMR|Myanmar|Burma|Burmese||Naypyidaw;Naypyitaw;Rangoon;Yangon
NAM|Namibia||Namibian|Namibians|Windhoek
NRU|Nauru||Nauruan||
NPL|Nepal||Nepalese;Nepali||Kathmandu
NLD|Netherlands|the Netherlands;Holland|Dutch||The Hague;Amsterdam
NZL|New Zealand||New Zealand|New Zealanders|Wellington
NIC|Nicaragua||Nicaraguan|Nicaraguans|Managua
NER|Niger||Nigerien|Nigeriens|Niamey
NGA|Nigeria||Nigerian|Nigerians|Abuja
MKD|North Macedonia|Macedonia;Former Yugoslav Republic of Macedonia;FYROM|Macedonian|Macedonians|Skopje
NOR|Norway||Norwegian|Norwegians|Oslo
OMN|Oman||Omani|Omanis|Muscat
PAK|Pakistan||Pakistani|Pakistanis|Islamabad
PLW|Palau||Palauan||
PAN|Panama||Panamanian|Panamanians|Panama City
PNG|Papua New Guinea||Papua New Guinean||Port Moresby
PRY|Paraguay||Paraguayan|Paraguayans|Asuncion;Asunción
PER|Peru||Peruvian|Peruvians|Lima
PHL|Philippines|the Philippines|Philippine;Filipino|Filipinos|Manila
POL|Poland||Polish|Poles|Warsaw
PRT|Portugal||Portuguese||Lisbon
QAT|Qatar||Qatari|Qataris|Doha
ROU|Romania|Rumania|Romanian|Romanians|Bucharest
RUS|Russia|Russian Federation|Russian|Russians|Moscow;Kremlin
RWA|Rwanda||Rwandan|Rwandans|Kigali
KNA|Saint Kitts and Nevis|St Kitts and Nevis|||Basseterre
LCA|Saint Lucia|St Lucia|||Castries
VCT|Saint Vincent and the Grenadines||||Kingstown
WSM|Samoa||Samoan|Samoans|Apia
SMR|San Marino||||
STP|Sao Tome and Principe|São Tomé and Príncipe|||
SAU|Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Saudis|Riyadh
SEN|Senegal||Senegalese||Dakar
SRB|Serbia||Serbian|Serbs|Belgrade
SYC|Seychelles||Seychellois||
SLE|Sierra Leone||Sierra Leonean|Sierra Leoneans|Freetown
SGP|Singapore||Singaporean|Singaporeans|
SVK|Slovakia||Slovak|Slovaks|Bratislava
SVN|Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Ljubljana
SLB|Solomon Islands||||Honiara
SOM|Somalia||Somali|Somalis|Mogadishu
ZAF|South Africa|Republic of South Africa|South African|South Africans|Pretoria;Cape Town
SSD|South Sudan||South Sudanese||Juba
ESP|Spain||Spanish|Spaniards|Madrid
LKA|Sri Lanka||Sri Lankan|Sri Lankans|Colombo
SDN|Sudan||Sudanese||Khartoum
SUR|Suriname|Surinam|Surinamese||Paramaribo
SWE|Sweden||Swedish|Swedes|Stockholm
CHE|Switzerland||Swiss||Bern;Berne
SYR|Syria|Syrian Arab Republic|Syrian|Syrians|Damascus
TWN|Taiwan|Republic of China|Taiwanese||Taipei
TJK|Tajikistan||Tajik|Tajiks|Dushanbe
TZA|Tanzania|United Republic of Tanzania|Tanzanian|Tanzanians|Dodoma;Dar es Salaam
THA|Thailand||Thai||Bangkok
TLS|East Timor|Timor-Leste|East Timorese||Dili
TGO|Togo||Togolese||Lome;Lomé
TON|Tonga||Tongan|Tongans|Nuku'alofa
TTO|Trinidad and Tobago||Trinidadian|Trinidadians|Port of Spain
TUN|Tunisia||Tunisian|Tunisians|Tunis
TUR|Turkey|Türkiye|Turkish|Turks|Ankara
TKM|Turkmenistan||Turkmen||Ashgabat
TUV|Tuvalu||||Funafuti
UGA|Uganda||Ugandan|Ugandans|Kampala
UKR|Ukraine||Ukrainian|Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates|UAE|Emirati|Emiratis|Abu Dhabi
GBR|United Kingdom|Britain;Great Britain;UK;U.K.|British|Britons|London;Downing Street;Whitehall
USA|United States|United States of America;U.S.;US;USA|U.S.;US;American|Americans|Washington;White House
URY|Uruguay||Uruguayan|Uruguayans|Montevideo
UZB|Uzbekistan||Uzbek|Uzbeks|Tashkent
VUT|Vanuatu||||Port Vila
VAT|Vatican|Holy See|||
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Venezuelans|Caracas;Miraflores
VNM|Vietnam|Viet Nam|Vietnamese||Hanoi
YEM|Yemen||Yemeni|Yemenis|Sanaa;Sana'a
ZMB|Zambia||Zambian|Zambians|Lusaka
ZWE|Zimbabwe||Zimbabwean|Zimbabweans|Harare
KSV|Kosovo||Kosovar;Kosovan|Kosovars|Pristina
SRB|Serbia||Serbian|Serbs|Belgrade
"""

# the words an official long name may add to the common one
OFFICIAL_WORDS = {"Republic", "Kingdom", "State", "Federation", "Commonwealth", "Union",
                  "Principality", "Sultanate", "Federal", "Democratic", "Islamic", "People's",
                  "Socialist", "Arab", "United", "of", "the", "and", "Hashemite", "Grand",
                  "Duchy", "Plurinational", "Bolivarian", "Oriental", "Cooperative", "Independent",
                  "Co-operative", "Popular", "Algerian", "Lebanese", "Syrian", "Argentine"}

# Phoenix codes of former states whose persons belong to a successor side.
CODE_ALIASES = {"SUN": "RUS", "ZAR": "COD", "YUG": "SRB", "SCG": "SRB", "BUR": "MMR", "DDR": None}

# ---------------------------------------------------- non-state parties, IOs
# actor|side|kind|aliases|government   (an actor equal to its side is a side)
PARTIES = """
Palestinian Authority|Palestinian Authority|government|Palestinian Authority|Palestinian National Authority|PA|Palestinian leadership|Palestinian government|Palestinian Authority
Palestinians|Palestinian Authority|collective|Palestinians|Palestinian side|
Ramallah|Palestinian Authority|place|Ramallah|Palestinian Authority
Palestine Liberation Organization|Palestinian Authority|organization|Palestine Liberation Organization|Palestine Liberation Organisation|PLO|
Fatah|Palestinian Authority|organization|Fatah|Fateh|
Hamas|Hamas|organization|Hamas|Islamic Resistance Movement|
Islamic Jihad|Islamic Jihad|organization|Islamic Jihad|Palestinian Islamic Jihad|
Hezbollah|Hezbollah|organization|Hezbollah|Hizbollah|Hizbullah|Hizballah|
Taliban|Taliban|organization|Taliban|Taleban|
Taliban government|Afghanistan|government|Taliban government|Taliban regime|Taliban authorities|
Al-Qaeda|Al-Qaeda|organization|al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida|
Islamic State|Islamic State|organization|Islamic State|ISIS|ISIL|Daesh|
Houthis|Houthis|organization|Houthis|Houthi rebels|Ansar Allah|
FARC|FARC|organization|FARC|Revolutionary Armed Forces of Colombia|FARC rebels|FARC guerrillas|
ELN|ELN|organization|ELN|National Liberation Army|
Polisario Front|Polisario Front|organization|Polisario Front|Polisario|Frente Polisario|POLISARIO|
Sahrawi Arab Democratic Republic|Polisario Front|government|Sahrawi Arab Democratic Republic|SADR|
Tindouf|Polisario Front|place|Tindouf|Polisario Front
Northern Cyprus|Northern Cyprus|state|Northern Cyprus|Turkish Republic of Northern Cyprus|TRNC|Turkish Cypriot authorities
Turkish Cypriot authorities|Northern Cyprus|government|Turkish Cypriot authorities|Turkish Cypriot leadership|Turkish Cypriot administration|
Greek Cypriot government|Cyprus|government|Greek Cypriot government|Greek Cypriot leadership|Greek Cypriot administration|Cypriot government|
Congolese Rally for Democracy|Congolese Rally for Democracy|organization|Congolese Rally for Democracy|RCD|Rally for Congolese Democracy|
Congolese Liberation Movement|Congolese Liberation Movement|organization|Congolese Liberation Movement|Movement for the Liberation of Congo|MLC|
Kurdistan Workers' Party|Kurdistan Workers' Party|organization|Kurdistan Workers' Party|PKK|
Kurdistan Regional Government|Kurdistan Regional Government|government|Kurdistan Regional Government|KRG|
Liberation Tigers of Tamil Eelam|Liberation Tigers of Tamil Eelam|organization|Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers|
Kosovo Liberation Army|Kosovo|organization|Kosovo Liberation Army|KLA|UCK|
Somaliland|Somaliland|state|Somaliland|
Sudan People's Liberation Movement|Sudan People's Liberation Movement|organization|Sudan People's Liberation Movement|SPLM|SPLM/A|Sudan People's Liberation Army|SPLA|
Free Aceh Movement|Free Aceh Movement|organization|Free Aceh Movement|GAM|Gerakan Aceh Merdeka|Aceh rebels|
Moro Islamic Liberation Front|Moro Islamic Liberation Front|organization|Moro Islamic Liberation Front|MILF|
Moro National Liberation Front|Moro National Liberation Front|organization|Moro National Liberation Front|MNLF|
Abu Sayyaf|Abu Sayyaf|organization|Abu Sayyaf|Abu Sayyaf Group|
Al-Shabaab|Al-Shabaab|organization|al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|al Shabaab|
UNITA|UNITA|organization|UNITA|National Union for the Total Independence of Angola|
RENAMO|RENAMO|organization|RENAMO|Renamo|Mozambican National Resistance|
March 23 Movement|March 23 Movement|organization|March 23 Movement|M23|M23 rebels|
Karen National Union|Karen National Union|organization|Karen National Union|KNU|
Communist Party of Nepal (Maoist)|Communist Party of Nepal (Maoist)|organization|Communist Party of Nepal (Maoist)|CPN (Maoist)|CPN-M|Nepalese Maoists|Maoist rebels in Nepal|
Syrian National Coalition|Syrian National Coalition|organization|Syrian National Coalition|National Coalition for Syrian Revolutionary and Opposition Forces|Syrian National Council|Syrian opposition coalition|
Free Syrian Army|Free Syrian Army|organization|Free Syrian Army|FSA|
National Movement for the Liberation of Azawad|National Movement for the Liberation of Azawad|organization|National Movement for the Liberation of Azawad|MNLA|
Islamic Movement of Uzbekistan|Islamic Movement of Uzbekistan|organization|Islamic Movement of Uzbekistan|IMU|
ETA|ETA|organization|ETA|Basque separatist group ETA|
Irish Republican Army|Irish Republican Army|organization|Irish Republican Army|IRA|Provisional IRA|
Lord's Resistance Army|Lord's Resistance Army|organization|Lord's Resistance Army|Lord’s Resistance Army|LRA|
"""

# organisations that are their own side: actor|aliases
ORGS = """
United Nations|United Nations|UN|U.N.|UNO
UN Security Council|Security Council|UN Security Council|U.N. Security Council|United Nations Security Council|UNSC
UN General Assembly|UN General Assembly|U.N. General Assembly|United Nations General Assembly
UN Secretariat|UN Secretariat|U.N. Secretariat|United Nations Secretariat
IAEA|IAEA|International Atomic Energy Agency
OSCE|OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|CSCE|Conference on Security and Cooperation in Europe
NATO|NATO|North Atlantic Treaty Organization|Atlantic Alliance|North Atlantic Alliance
European Union|European Union|EU|E.U.
African Union|African Union|AU|Organization of African Unity|OAU|Organisation of African Unity
Arab League|Arab League|League of Arab States
Organisation of Islamic Cooperation|Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Organization of the Islamic Conference|Organisation of the Islamic Conference|OIC
Gulf Cooperation Council|Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf
Organization of American States|Organization of American States|OAS
ASEAN|ASEAN|Association of Southeast Asian Nations|Association of South East Asian Nations
ECOWAS|ECOWAS|Economic Community of West African States
SADC|SADC|Southern African Development Community
IGAD|IGAD|Intergovernmental Authority on Development
Shanghai Cooperation Organisation|Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
CIS|CIS|Commonwealth of Independent States
WTO|WTO|World Trade Organization|World Trade Organisation
IMF|IMF|International Monetary Fund
World Bank|World Bank
Council of Europe|Council of Europe
International Criminal Court|International Criminal Court|ICC
International Court of Justice|International Court of Justice|ICJ|World Court
Commonwealth|Commonwealth of Nations
Mercosur|Mercosur|Mercosul
UNHCR|UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees
OPEC|OPEC|Organization of the Petroleum Exporting Countries
G8|G8|Group of Eight
G20|G20|Group of 20|Group of Twenty
"""

# Officials of organisations and parties, and leaders after the Phoenix
# cut-off (2014) or missing from it. name|side|other aliases|office|start|end
PERSONS = """
Javier Pérez de Cuéllar|United Nations|Javier Perez de Cuellar;Perez de Cuellar;Pérez de Cuéllar|Secretary-General of the United Nations|1982-01-01|1991-12-31
Boutros Boutros-Ghali|United Nations|Boutros-Ghali|Secretary-General of the United Nations|1992-01-01|1996-12-31
Kofi Annan|United Nations|Annan|Secretary-General of the United Nations|1997-01-01|2006-12-31
Ban Ki-moon|United Nations|Ban Ki Moon|Secretary-General of the United Nations|2007-01-01|2016-12-31
António Guterres|United Nations|Antonio Guterres;Guterres|Secretary-General of the United Nations|2017-01-01|
Hans Blix|IAEA|Blix|Director General of the IAEA|1981-12-01|1997-11-30
Mohamed ElBaradei|IAEA|Mohamed El Baradei;Mohammed ElBaradei;ElBaradei;El Baradei|Director General of the IAEA|1997-12-01|2009-11-30
Yukiya Amano|IAEA|Amano|Director General of the IAEA|2009-12-01|2019-07-18
Rafael Grossi|IAEA|Rafael Mariano Grossi;Grossi|Director General of the IAEA|2019-12-03|
George Robertson|NATO|Lord Robertson|Secretary General of NATO|1999-10-14|2003-12-31
Anders Fogh Rasmussen|NATO|Fogh Rasmussen|Secretary General of NATO|2009-08-01|2014-09-30
Jens Stoltenberg|NATO|Stoltenberg|Secretary General of NATO|2014-10-01|
Catherine Ashton|European Union|Ashton|High Representative of the Union for Foreign Affairs and Security Policy|2009-12-01|2014-10-31
Federica Mogherini|European Union|Mogherini|High Representative of the Union for Foreign Affairs and Security Policy|2014-11-01|2019-11-30
Josep Borrell|European Union|Borrell|High Representative of the Union for Foreign Affairs and Security Policy|2019-12-01|
Jean-Claude Juncker|European Union|Juncker|President of the European Commission|2014-11-01|2019-11-30
Ursula von der Leyen|European Union|von der Leyen|President of the European Commission|2019-12-01|
Donald Tusk|European Union||President of the European Council|2014-12-01|2019-11-30
Herman Van Rompuy|European Union|Van Rompuy|President of the European Council|2009-12-01|2014-11-30
Amr Moussa|Arab League|Amr Mussa|Secretary-General of the Arab League|2001-05-15|2011-06-30
Nabil Elaraby|Arab League|Nabil al-Araby;Elaraby|Secretary-General of the Arab League|2011-07-01|2016-06-30
Ahmed Aboul Gheit|Arab League|Aboul Gheit|Secretary-General of the Arab League|2016-07-01|
Esmat Abdel Meguid|Arab League|Abdel Meguid|Secretary-General of the Arab League|1991-05-15|2001-05-15
Alpha Oumar Konaré|African Union|Alpha Oumar Konare;Konare;Konaré|Chairperson of the African Union Commission|2003-09-16|2008-04-28
Jean Ping|African Union||Chairperson of the African Union Commission|2008-04-28|2012-10-15
Nkosazana Dlamini-Zuma|African Union|Dlamini-Zuma|Chairperson of the African Union Commission|2012-10-15|2017-03-14
Moussa Faki|African Union|Moussa Faki Mahamat|Chairperson of the African Union Commission|2017-03-14|
Yasser Arafat|Palestinian Authority|Arafat|President of the Palestinian Authority|1994-07-05|2004-11-11
Mahmoud Abbas|Palestinian Authority|Abu Mazen|President of the Palestinian Authority|2005-01-15|
Mahmoud Abbas|Palestinian Authority|Abu Mazen|Prime Minister of the Palestinian Authority|2003-03-19|2003-09-06
Ahmed Qurei|Palestinian Authority|Abu Alaa;Qurei|Prime Minister of the Palestinian Authority|2003-10-07|2006-02-19
Salam Fayyad|Palestinian Authority|Fayyad|Prime Minister of the Palestinian Authority|2007-06-15|2013-06-06
Rami Hamdallah|Palestinian Authority|Hamdallah|Prime Minister of the Palestinian Authority|2013-06-06|2019-04-13
Saeb Erekat|Palestinian Authority|Saeb Erakat;Erekat;Erakat|Chief Palestinian negotiator|1994|2020-11-10
Nabil Shaath|Palestinian Authority|Shaath|Palestinian Foreign Minister|2003-04-29|2005-02-24
Yasser Abed Rabbo|Palestinian Authority|Yasser Abed Rabou;Yasser Abd Rabbo;Abed Rabbo;Abed Rabou|Palestinian Information Minister|1994|2003
Ismail Haniyeh|Hamas|Ismail Haniya;Haniyeh;Haniya|Leader of Hamas|2006-02-16|
Khaled Meshaal|Hamas|Khaled Mashaal;Khalid Mishal;Meshaal;Mashaal|Leader of Hamas|1996|2017-05-06
Ahmed Yassin|Hamas|Sheikh Ahmed Yassin;Yassin|Founder of Hamas|1987|2004-03-22
Hassan Nasrallah|Hezbollah|Nasrallah|Secretary-General of Hezbollah|1992-02-16|
Mullah Omar|Taliban|Mullah Mohammad Omar;Mohammad Omar|Leader of the Taliban|1994|2013-04-23
Manuel Marulanda|FARC|Tirofijo|Leader of FARC|1964|2008-03-26
Alfonso Cano|FARC||Leader of FARC|2008-03-26|2011-11-04
Rodrigo Londoño|FARC|Rodrigo Londono;Timoleón Jiménez;Timoleon Jimenez;Timochenko|Leader of FARC|2011-11-15|
Raúl Reyes|FARC|Raul Reyes|FARC spokesman|1990|2008-03-01
Iván Márquez|FARC|Ivan Marquez|FARC negotiator|2012|2019
Mohamed Abdelaziz|Polisario Front|Mohammed Abdelaziz|Secretary-General of the Polisario Front|1976-08-30|2016-05-31
Brahim Ghali|Polisario Front|Ghali|Secretary-General of the Polisario Front|2016-07-09|
Rauf Denktash|Northern Cyprus|Rauf Denktaş;Denktash;Denktaş|President of Northern Cyprus|1983-11-15|2005-04-24
Mehmet Ali Talat|Northern Cyprus|Talat|President of Northern Cyprus|2005-04-24|2010-04-23
Derviş Eroğlu|Northern Cyprus|Dervis Eroglu;Eroglu;Eroğlu|President of Northern Cyprus|2010-04-23|2015-04-30
Mustafa Akıncı|Northern Cyprus|Mustafa Akinci;Akinci;Akıncı|President of Northern Cyprus|2015-04-30|2020-10-23
Ersin Tatar|Northern Cyprus||President of Northern Cyprus|2020-10-23|
Glafcos Clerides|Cyprus|Clerides|President of Cyprus|1993-02-28|2003-02-28
Tassos Papadopoulos|Cyprus||President of Cyprus|2003-02-28|2008-02-28
Demetris Christofias|Cyprus|Christofias|President of Cyprus|2008-02-28|2013-02-28
Nicos Anastasiades|Cyprus|Anastasiades|President of Cyprus|2013-02-28|
Jean-Pierre Bemba|Congolese Liberation Movement|Bemba|Leader of the Congolese Liberation Movement|1998|2003
Ibrahim Rugova|Kosovo|Rugova|President of Kosovo|1992|2006-01-21
Hashim Thaçi|Kosovo|Hashim Thaci;Thaci;Thaçi|Prime Minister of Kosovo|2008-01-09|2014-12-09
Hashim Thaçi|Kosovo|Hashim Thaci;Thaci;Thaçi|President of Kosovo|2016-04-07|2020-11-05
Donald Trump|United States|Donald J. Trump;Trump|President of the United States|2017-01-20|2021-01-20
Mike Pence|United States|Pence|Vice President of the United States|2017-01-20|2021-01-20
Rex Tillerson|United States|Tillerson|Secretary of State|2017-02-01|2018-03-31
Mike Pompeo|United States|Michael Pompeo;Pompeo|Secretary of State|2018-04-26|2021-01-20
James Mattis|United States|Jim Mattis;Mattis|Secretary of Defense|2017-01-20|2019-01-01
Mark Esper|United States|Esper|Secretary of Defense|2019-07-23|2021-01-20
John Bolton|United States|Bolton|National Security Advisor|2018-04-09|2019-09-10
John Kerry|United States|Kerry|Secretary of State|2013-02-01|2017-01-20
Ashton Carter|United States|Ash Carter|Secretary of Defense|2015-02-17|2017-01-20
Joe Biden|United States|Biden|Vice President of the United States|2009-01-20|2017-01-20
Kim Jong Un|North Korea|Kim Jong-un;Kim Jong-Un|Leader of North Korea|2011-12-17|
Ri Yong Ho|North Korea|Ri Yong-ho|Foreign Minister of North Korea|2016-05|2020-01
Moon Jae-in|South Korea|Moon Jae In;Moon Jae-In|President of South Korea|2017-05-10|
Park Geun-hye|South Korea|Park Geun Hye|President of South Korea|2013-02-25|2017-03-10
Kang Kyung-wha|South Korea|Kang Kyung Wha|Foreign Minister of South Korea|2017-06-18|2021-02-08
Xi Jinping|China||President of China|2013-03-14|
Xi Jinping|China||General Secretary of the Chinese Communist Party|2012-11-15|
Li Keqiang|China||Premier of China|2013-03-15|
Wang Yi|China||Foreign Minister of China|2013-03-16|
Narendra Modi|India|Modi|Prime Minister of India|2014-05-26|
Sushma Swaraj|India|Swaraj|Minister of External Affairs of India|2014-05-26|2019-05-30
Subrahmanyam Jaishankar|India|S. Jaishankar;Jaishankar|Minister of External Affairs of India|2019-05-30|
Imran Khan|Pakistan||Prime Minister of Pakistan|2018-08-18|
Nawaz Sharif|Pakistan||Prime Minister of Pakistan|2013-06-05|2017-07-28
Nicolás Maduro|Venezuela|Nicolas Maduro;Maduro|President of Venezuela|2013-03-05|
Nicolás Maduro|Venezuela|Nicolas Maduro;Maduro|Foreign Minister of Venezuela|2006-08-09|2013-01-15
Delcy Rodríguez|Venezuela|Delcy Rodriguez|Foreign Minister of Venezuela|2014-12-26|2017-06-21
David Granger|Guyana|Granger|President of Guyana|2015-05-16|2020-08-02
Carl Greenidge|Guyana|Greenidge|Foreign Minister of Guyana|2015-05|2019
Juan Manuel Santos|Colombia|Santos|President of Colombia|2010-08-07|2018-08-07
Juan Manuel Santos|Colombia|Santos|Defense Minister of Colombia|2006-07-19|2009-05-18
Iván Duque|Colombia|Ivan Duque;Duque|President of Colombia|2018-08-07|
Álvaro Uribe|Colombia|Alvaro Uribe;Uribe|President of Colombia|2002-08-07|2010-08-07
Andrés Pastrana|Colombia|Andres Pastrana;Pastrana|President of Colombia|1998-08-07|2002-08-07
Ernesto Samper|Colombia|Samper|President of Colombia|1994-08-07|1998-08-07
Barack Obama|United States|Obama;Barack Hussein Obama;Barack H. Obama|President of the United States|2009-01-20|2017-01-20
Hugo Chávez|Venezuela|Hugo Chavez;Chávez;Chavez|President of Venezuela|1999-02-02|2013-03-05
Cristina Fernández de Kirchner|Argentina|Cristina Fernández;Cristina Fernandez;Cristina Fernandez de Kirchner;Cristina Kirchner;Fernández de Kirchner;Fernandez de Kirchner|President of Argentina|2007-12-10|2015-12-10
Néstor Kirchner|Argentina|Nestor Kirchner|President of Argentina|2003-05-25|2007-12-10
Mauricio Macri|Argentina|Macri|President of Argentina|2015-12-10|2019-12-10
Jorge Taiana|Argentina|Taiana|Foreign Minister of Argentina|2005-12|2010-06
Abiy Ahmed|Ethiopia|Abiy|Prime Minister of Ethiopia|2018-04-02|
Hailemariam Desalegn|Ethiopia|Hailemariam|Prime Minister of Ethiopia|2012-08-20|2018-04-02
Meles Zenawi|Ethiopia|Meles|Prime Minister of Ethiopia|1995-08-23|2012-08-20
Meles Zenawi|Ethiopia|Meles|President of Ethiopia|1991-05-28|1995-08-22
Isaias Afwerki|Eritrea|Isaias Afewerki;Isaias|President of Eritrea|1993-05-24|
Osman Saleh|Eritrea|Osman Saleh Mohammed|Foreign Minister of Eritrea|2007|
Mohammed VI|Morocco|King Mohammed VI|King of Morocco|1999-07-23|
Hassan II|Morocco|King Hassan II|King of Morocco|1961-02-26|1999-07-23
Abdelaziz Bouteflika|Algeria|Bouteflika|President of Algeria|1999-04-27|2019-04-02
Abdelmadjid Tebboune|Algeria|Tebboune|President of Algeria|2019-12-19|
Salman bin Abdulaziz|Saudi Arabia|King Salman;King Salman bin Abdulaziz;Salman bin Abdul Aziz|King of Saudi Arabia|2015-01-23|
Mohammed bin Salman|Saudi Arabia|Mohammad bin Salman;Crown Prince Mohammed bin Salman;MBS|Crown Prince of Saudi Arabia|2017-06-21|
Mohammed bin Salman|Saudi Arabia|Mohammad bin Salman;MBS|Defence Minister of Saudi Arabia|2015-01-23|
Abdullah bin Abdulaziz|Saudi Arabia|King Abdullah bin Abdulaziz;Abdullah bin Abdul Aziz|King of Saudi Arabia|2005-08-01|2015-01-23
Abdullah II|Jordan|King Abdullah II|King of Jordan|1999-02-07|
Saud al-Faisal|Saudi Arabia|Prince Saud al-Faisal;Saud Al-Faisal|Foreign Minister of Saudi Arabia|1975-10-13|2015-04-29
Adel al-Jubeir|Saudi Arabia|Adel Al-Jubeir;Adel al Jubeir;Jubeir;al-Jubeir|Foreign Minister of Saudi Arabia|2015-04-29|2018-12-27
Hassan Rouhani|Iran|Hassan Rohani;Rouhani;Rohani|President of Iran|2013-08-03|
Mohammad Javad Zarif|Iran|Javad Zarif;Zarif|Foreign Minister of Iran|2013-08-15|
Bashar al-Assad|Syria|Bashar Assad;Bashar al Assad;Assad|President of Syria|2000-07-17|
Hafez al-Assad|Syria|Hafez Assad;Hafez al Assad|President of Syria|1971-03-14|2000-06-10
Walid al-Moualem|Syria|Walid Muallem;Walid al-Muallem;Moualem;Muallem|Foreign Minister of Syria|2006-02-11|2020-11-16
Benjamin Netanyahu|Israel|Netanyahu;Bibi Netanyahu|Prime Minister of Israel|1996-06-18|1999-07-06
Benjamin Netanyahu|Israel|Netanyahu;Bibi Netanyahu|Prime Minister of Israel|2009-03-31|2021-06-13
Ehud Barak|Israel|Barak|Prime Minister of Israel|1999-07-06|2001-03-07
Ehud Barak|Israel|Barak|Defence Minister of Israel|2007-06-18|2013-03-18
Ariel Sharon|Israel|Sharon|Prime Minister of Israel|2001-03-07|2006-04-14
Ehud Olmert|Israel|Olmert|Prime Minister of Israel|2006-01-04|2009-03-31
Shimon Peres|Israel|Peres|President of Israel|2007-07-15|2014-07-24
Shimon Peres|Israel|Peres|Foreign Minister of Israel|2001-03-07|2002-11-02
Avigdor Lieberman|Israel|Lieberman|Foreign Minister of Israel|2009-03-31|2015-05-14
Tzipi Livni|Israel|Livni|Foreign Minister of Israel|2006-05-04|2009-03-31
Emmanuel Macron|France|Macron|President of France|2017-05-14|
Jean-Yves Le Drian|France|Le Drian|Foreign Minister of France|2017-05-17|
Angela Merkel|Germany|Merkel|Chancellor of Germany|2005-11-22|
Heiko Maas|Germany|Maas|Foreign Minister of Germany|2018-03-14|
Frank-Walter Steinmeier|Germany|Steinmeier|Foreign Minister of Germany|2005-11-22|2009-10-28
Frank-Walter Steinmeier|Germany|Steinmeier|Foreign Minister of Germany|2013-12-17|2017-01-27
Theresa May|United Kingdom||Prime Minister of the United Kingdom|2016-07-13|2019-07-24
Boris Johnson|United Kingdom||Prime Minister of the United Kingdom|2019-07-24|
Boris Johnson|United Kingdom||Foreign Secretary of the United Kingdom|2016-07-13|2018-07-09
David Cameron|United Kingdom|Cameron|Prime Minister of the United Kingdom|2010-05-11|2016-07-13
Gordon Brown|United Kingdom||Prime Minister of the United Kingdom|2007-06-27|2010-05-11
David Miliband|United Kingdom||Foreign Secretary of the United Kingdom|2007-06-28|2010-05-11
Dominic Raab|United Kingdom|Raab|Foreign Secretary of the United Kingdom|2019-07-24|
Recep Tayyip Erdoğan|Turkey|Recep Tayyip Erdogan;Erdoğan;Erdogan|President of Turkey|2014-08-28|
Mevlüt Çavuşoğlu|Turkey|Mevlut Cavusoglu;Cavusoglu;Çavuşoğlu|Foreign Minister of Turkey|2014-08-29|
Ahmet Davutoğlu|Turkey|Ahmet Davutoglu;Davutoglu;Davutoğlu|Foreign Minister of Turkey|2009-05-01|2014-08-29
Nikos Dendias|Greece|Dendias|Foreign Minister of Greece|2019-07-09|
Kyriakos Mitsotakis|Greece|Mitsotakis|Prime Minister of Greece|2019-07-08|
Alexis Tsipras|Greece|Tsipras|Prime Minister of Greece|2015-01-26|2019-07-08
Shinzo Abe|Japan|Abe|Prime Minister of Japan|2006-09-26|2007-09-26
Shinzo Abe|Japan|Abe|Prime Minister of Japan|2012-12-26|2020-09-16
Vladimir Putin|Russia|Putin|President of Russia|2012-05-07|
Sergei Lavrov|Russia|Lavrov|Foreign Minister of Russia|2004-03-09|
Aleksandar Vučić|Serbia|Aleksandar Vucic;Vucic;Vučić|President of Serbia|2017-05-31|
Aleksandar Vučić|Serbia|Aleksandar Vucic;Vucic;Vučić|Prime Minister of Serbia|2014-04-27|2017-05-31
Boris Tadić|Serbia|Boris Tadic;Tadic;Tadić|President of Serbia|2004-07-11|2012-04-05
Joseph Kabila|DR Congo||President of DR Congo|2001-01-26|2019-01-24
Laurent-Désiré Kabila|DR Congo|Laurent-Desire Kabila;Laurent Kabila|President of DR Congo|1997-05-17|2001-01-16
Félix Tshisekedi|DR Congo|Felix Tshisekedi;Tshisekedi|President of DR Congo|2019-01-24|
Paul Kagame|Rwanda|Kagame|President of Rwanda|2000-03-24|
Paul Kagame|Rwanda|Kagame|Vice President of Rwanda|1994-07-19|2000-03-24
Yoweri Museveni|Uganda|Museveni|President of Uganda|1986-01-29|
Robert Mugabe|Zimbabwe|Mugabe|President of Zimbabwe|1987-12-31|2017-11-21
Emmerson Mnangagwa|Zimbabwe|Mnangagwa|President of Zimbabwe|2017-11-24|
José Eduardo dos Santos|Angola|Jose Eduardo dos Santos;dos Santos;Dos Santos|President of Angola|1979-09-21|2017-09-26
Sam Nujoma|Namibia|Nujoma|President of Namibia|1990-03-21|2005-03-21
Frederick Chiluba|Zambia|Chiluba|President of Zambia|1991-11-02|2002-01-02
Ram Nath Kovind|India|Kovind|President of India|2017-07-25|
Pranab Mukherjee|India|Mukherjee|President of India|2012-07-25|2017-07-25
Pranab Mukherjee|India|Mukherjee|Minister of External Affairs of India|2006-10-24|2009-05-22
Shah Mahmood Qureshi|Pakistan|Qureshi|Foreign Minister of Pakistan|2018-08-20|
Shah Mahmood Qureshi|Pakistan|Qureshi|Foreign Minister of Pakistan|2008-03-31|2011-02-11
Khawaja Asif|Pakistan||Foreign Minister of Pakistan|2017-08-04|2018-04-26
Sartaj Aziz|Pakistan||Adviser on Foreign Affairs of Pakistan|2013-06-07|2017-07-28
Hua Chunying|China||Spokesperson of the Chinese Foreign Ministry|2012-09|
Lu Kang|China||Spokesperson of the Chinese Foreign Ministry|2015-01|2019-07
Geng Shuang|China||Spokesperson of the Chinese Foreign Ministry|2016-09|2020-06
Zhao Lijian|China||Spokesperson of the Chinese Foreign Ministry|2020-02|
Hong Lei|China||Spokesperson of the Chinese Foreign Ministry|2010-01|2016-10
Qin Gang|China||Spokesperson of the Chinese Foreign Ministry|2005|2014
Jiang Yu|China||Spokesperson of the Chinese Foreign Ministry|2006|2012
Liu Jianchao|China||Spokesperson of the Chinese Foreign Ministry|2006|2008
Zhu Bangzao|China||Spokesperson of the Chinese Foreign Ministry|1998|2002
Maria Zakharova|Russia|Zakharova|Spokeswoman of the Russian Foreign Ministry|2015-08-10|
Heather Nauert|United States|Nauert|State Department spokeswoman|2017-04-24|2019-03-08
Morgan Ortagus|United States|Ortagus|State Department spokeswoman|2019-06|2021-01
John Kirby|United States||State Department spokesman|2015-05|2017-01
Jen Psaki|United States|Psaki|State Department spokeswoman|2013-02|2015-03
Tedros Adhanom|Ethiopia|Tedros Adhanom Ghebreyesus;Tedros|Foreign Minister of Ethiopia|2012-11-29|2016-11-01
Workneh Gebeyehu|Ethiopia|Workneh|Foreign Minister of Ethiopia|2016-11-01|2019-04-18
Seyoum Mesfin|Ethiopia|Seyoum|Foreign Minister of Ethiopia|1991-06|2010-10
Stan Mudenge|Zimbabwe|Stanislaus Mudenge;Mudenge|Foreign Minister of Zimbabwe|1995-04|2005-04
Emile Ilunga|Congolese Rally for Democracy|Ilunga|Leader of the Congolese Rally for Democracy|1999-05|2000-10
Ernest Wamba dia Wamba|Congolese Rally for Democracy|Wamba dia Wamba|Leader of the Congolese Rally for Democracy|1998-08|1999-05
Adolphe Onusumba|Congolese Rally for Democracy|Onusumba|Leader of the Congolese Rally for Democracy|2000-10|2003-06
Dmitry Medvedev|Russia|Medvedev|Prime Minister of Russia|2012-05-08|2020-01-16
Mikhail Mishustin|Russia|Mishustin|Prime Minister of Russia|2020-01-16|
Sergei Shoigu|Russia|Sergey Shoigu;Shoigu|Defence Minister of Russia|2012-11-06|
Wei Fenghe|China||Defence Minister of China|2018-03-19|
Chang Wanquan|China||Defence Minister of China|2013-03-16|2018-03-19
Fumio Kishida|Japan|Kishida|Foreign Minister of Japan|2012-12-26|2017-08-03
Taro Kono|Japan|Tarō Kōno|Foreign Minister of Japan|2017-08-03|2019-09-11
Toshimitsu Motegi|Japan|Motegi|Foreign Minister of Japan|2019-09-11|
Yoshihide Suga|Japan|Suga|Prime Minister of Japan|2020-09-16|
Philip Hammond|United Kingdom|Hammond|Foreign Secretary of the United Kingdom|2014-07-15|2016-07-13
Jeremy Hunt|United Kingdom||Foreign Secretary of the United Kingdom|2018-07-09|2019-07-24
William Hague|United Kingdom|Hague|Foreign Secretary of the United Kingdom|2010-05-12|2014-07-14
François Hollande|France|Francois Hollande;Hollande|President of France|2012-05-15|2017-05-14
Laurent Fabius|France|Fabius|Foreign Minister of France|2012-05-16|2016-02-11
Jean-Marc Ayrault|France|Ayrault|Foreign Minister of France|2016-02-11|2017-05-17
Sigmar Gabriel|Germany||Foreign Minister of Germany|2017-01-27|2018-03-14
Volodymyr Zelensky|Ukraine|Volodymyr Zelenskyy;Volodymyr Zelenskiy;Zelensky;Zelenskyy;Zelenskiy|President of Ukraine|2019-05-20|
Petro Poroshenko|Ukraine|Poroshenko|President of Ukraine|2014-06-07|2019-05-20
Pavlo Klimkin|Ukraine|Klimkin|Foreign Minister of Ukraine|2014-06-19|2019-08-29
Dmytro Kuleba|Ukraine|Kuleba|Foreign Minister of Ukraine|2020-03-04|
Nikol Pashinyan|Armenia|Pashinyan|Prime Minister of Armenia|2018-05-08|
Zohrab Mnatsakanyan|Armenia|Mnatsakanyan|Foreign Minister of Armenia|2018-05-12|2020-11-16
Elmar Mammadyarov|Azerbaijan|Elmar Mammadyarov;Mammadyarov|Foreign Minister of Azerbaijan|2004-04-02|2020-07-16
Jeyhun Bayramov|Azerbaijan|Bayramov|Foreign Minister of Azerbaijan|2020-07-16|
Vladimir Makei|Belarus|Uladzimir Makei;Makei|Foreign Minister of Belarus|2012-08-20|
Kassym-Jomart Tokayev|Kazakhstan|Kasym-Zhomart Tokayev;Tokayev|President of Kazakhstan|2019-03-20|
Shavkat Mirziyoyev|Uzbekistan|Mirziyoyev|President of Uzbekistan|2016-09-08|
Abdel Fattah el-Sisi|Egypt|Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;el-Sisi;al-Sisi;Sisi|President of Egypt|2014-06-08|
Sameh Shoukry|Egypt|Shoukry|Foreign Minister of Egypt|2014-06-17|
Jair Bolsonaro|Brazil|Bolsonaro|President of Brazil|2019-01-01|
Michel Temer|Brazil|Temer|President of Brazil|2016-08-31|2018-12-31
Dilma Rousseff|Brazil|Rousseff|President of Brazil|2011-01-01|2016-08-31
Andrés Manuel López Obrador|Mexico|Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador|President of Mexico|2018-12-01|
Enrique Peña Nieto|Mexico|Enrique Pena Nieto;Peña Nieto;Pena Nieto|President of Mexico|2012-12-01|2018-11-30
Jacob Zuma|South Africa|Zuma|President of South Africa|2009-05-09|2018-02-14
Cyril Ramaphosa|South Africa|Ramaphosa|President of South Africa|2018-02-15|
Muhammadu Buhari|Nigeria|Buhari|President of Nigeria|2015-05-29|
Tamim bin Hamad Al Thani|Qatar|Sheikh Tamim bin Hamad Al Thani;Tamim bin Hamad|Emir of Qatar|2013-06-25|
Mohammed bin Zayed|United Arab Emirates|Mohamed bin Zayed;Sheikh Mohammed bin Zayed|Crown Prince of Abu Dhabi|2004-11-02|
Ashraf Ghani|Afghanistan|Ghani|President of Afghanistan|2014-09-29|
Abdullah Abdullah|Afghanistan||Chief Executive of Afghanistan|2014-09-29|2020-05-17
Michel Aoun|Lebanon|Aoun|President of Lebanon|2016-10-31|
Saad Hariri|Lebanon||Prime Minister of Lebanon|2009-11-09|2011-06-13
Saad Hariri|Lebanon||Prime Minister of Lebanon|2016-12-18|2020-01-21
Ebrahim Raisi|Iran|Raisi|Chief Justice of Iran|2019-03-07|
Ali Larijani|Iran|Larijani|Secretary of the Supreme National Security Council of Iran|2005-08-15|2007-10-20
Ali Larijani|Iran|Larijani|Speaker of the Parliament of Iran|2008-05-28|2020-05-28
Suharto|Indonesia|Soeharto|President of Indonesia|1967-03-12|1998-05-21
B. J. Habibie|Indonesia|B.J. Habibie;Habibie|President of Indonesia|1998-05-21|1999-10-20
Salman bin Hamad|Bahrain|Salman bin Hamad Al Khalifa|Crown Prince of Bahrain|1999|
"""

# Ordinary English words that are also surnames (besides the words of the
# CAMEO and agents dictionaries), and first names used as surnames.
COMMON_WORDS = """
abbas abe able aid air ali all amid amin april august back baker bank banks bar
bell best bird black blue bond bone born bose brown burn bush call can cap card
care case cash chase church clay close coal cook cool cox crane cross day dean
deal dear dell diamond dove down drew duke dunn early east easy eden english far
farmer field fields fine fish fisher fleming ford foster fox frank free french
friend frost fuller gale game gay gill glass gold good goodman gore grace grant
gray green grey guard gun hall hand hard hart hay head heart hill holder holly
hope horn house howe hunt hunter jordan joy judge just kay keen kind king knight
lamb land lane law lee light little long lord love low lucky major march marsh
mason may mayer mercy mill miller mills moon more moss nash new newman noble
north now oak page palmer park parker parks patience pay peace pearl person
pierce pine pope post power powers price prince rain rank read reed rich rice
ring rock rose ross rush salt sharp short silver small smart smith snow south
spring stand star steel stone strong summer sun swift tall taylor thomas
thompson tree turner vale wall walker ward warren water waters watson way weaver
webb well wells west white wise wolf wood woods worth wright young
abbott sawyer carlisle robinson shah ruing shaw bolero
smith johnson williams jones davis wilson anderson moore jackson martin harris
clark lewis allen scott adams nelson carter mitchell roberts phillips campbell
evans edwards collins stewart morris murphy rogers morgan cooper peterson bailey
kelly howard richardson brooks bennett james hughes sanders myers perry russell
sullivan butler barnes henderson coleman simmons patterson reynolds hamilton
graham wallace cole hayes gibson ellis stevens murray marshall owens harrison
mcdonald kennedy robertson duncan browne
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres
flores rivera gomez diaz reyes morales ortiz gutierrez ruiz alvarez castillo
jimenez moreno romero herrera medina aguilar vargas castro mendoza silva santos
pereira ferreira costa oliveira souza fernandes lopes gomes martins
abu bin ibn sheikh king prince emir general colonel sultan
al el le la de da di du van von der den ter saint san santa
"""


# ------------------------------------------------------------------ helpers

def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def parse_date(s: str):
    s = s.strip()
    try:
        if len(s) == 8:
            y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
        elif len(s) == 6:
            y = int(s[:2])
            y = 2000 + y if y <= 20 else 1900 + y
            m, d = int(s[2:4]), int(s[4:])
        else:
            return None
        return dt.date(y, m, max(d, 1))
    except ValueError:
        try:
            return dt.date(y, m, 1)
        except ValueError:
            return None


ROLE_RE = re.compile(r"\[\s*([A-Z]{3})([A-Z]*)\s*([<>]?)\s*(\d*)\s*(?:-\s*(\d+))?\s*\]")


def blocks(path: Path):
    """Phoenix/TABARI actor blocks: name line, '+' synonyms, '[CODE dates]' roles."""
    cur = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        s = raw.split("#", 1)[0]
        if not s.strip():
            continue
        if raw[0] not in " \t+":
            if cur:
                yield cur
            name = re.split(r"[\s\[]", s.strip(), maxsplit=1)[0]
            cur = {"name": name, "alts": [], "roles": ROLE_RE.findall(s)}
        elif cur is not None:
            if raw[0] == "+":
                alt = re.split(r"[\s\[]", s[1:].strip(), maxsplit=1)[0]
                if alt:
                    cur["alts"].append(alt)
            cur["roles"] += ROLE_RE.findall(s)
    if cur:
        yield cur


PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
             "den", "ter", "la", "le", "y", "e", "bin", "ibn", "bint", "al", "el", "ould"}
TITLE_WORDS = {"president", "elect", "prime", "minister", "us", "u.s", "american", "secretary",
               "general", "king", "queen", "prince", "princess", "sheikh", "emir", "chairman",
               "premier", "chancellor", "leader", "mr", "mrs", "dr", "gen", "col", "former",
               "vice", "deputy", "foreign", "defense", "defence", "state", "un", "sir", "lord",
               "samdech", "dato'", "datuk", "tun", "haji", "commodore", "marshal", "field",
               "colonel", "general", "major", "captain", "admiral", "lieutenant", "dame", "kpa"}
EAST_ASIAN = {"CHN", "TWN", "KOR", "PRK", "VNM", "SGP", "HKG", "MAC", "KHM", "MMR", "LAO"}
GIVEN_NAME_USED = {"THA"}  # Thai leaders go by their given name (Thaksin, Abhisit)
HISPANIC = {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HND", "MEX",
            "NIC", "PAN", "PRY", "PER", "ESP", "URY", "VEN", "GNQ"}


def title_token(tok: str, first: bool, code: str) -> str:
    low = tok.lower()
    if not first and low in PARTICLES:
        return low
    if re.fullmatch(r"(al|el)-\w+", low) and not first:
        head, rest = low.split("-", 1)
        return head + "-" + rest.capitalize()
    parts = re.split(r"([\-'])", low)
    out = []
    for i, p in enumerate(parts):
        if p in "-'":
            out.append(p)
        elif i >= 2 and parts[i - 1] == "-" and code in EAST_ASIAN:
            out.append(p)  # Kim Jong-il, Ban Ki-moon
        elif p.startswith("mc") and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "".join(out)


def tokens_of(phoenix: str) -> list[str]:
    t = [x for x in phoenix.strip("_").replace(" ", "_").split("_") if x]
    return t


def good_tokens(toks: list[str]) -> bool:
    return bool(toks) and all(re.fullmatch(r"[A-Z][A-Z'\-]*\.?|[A-Z]\.", t) for t in toks) \
        and not any(t.endswith(".") and len(t) > 2 for t in toks)


def spell(toks: list[str], code: str) -> str:
    return " ".join(title_token(t, i == 0, code) for i, t in enumerate(toks))


def norm_key(toks) -> frozenset:
    return frozenset(p for t in toks for p in t.replace("-", " ").split())


# ------------------------------------------------------------------ build

def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as f:
        rows = [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(f)]
    return [r for r in rows if r and not next(iter(r.values()), "").startswith("#")]


def countries():
    out = {}
    for line in COUNTRIES.strip().splitlines():
        code, side, names, dems, plural, caps = (line.split("|") + [""] * 6)[:6]
        out[code] = dict(side=side, names=[n for n in names.split(";") if n],
                         demonyms=[d for d in dems.split(";") if d],
                         plurals=[p for p in plural.split(";") if p],
                         capitals=[c for c in caps.split(";") if c])
    return out


def stop_words(src: Path) -> set[str]:
    words = set(COMMON_WORDS.split())
    for name in ("Phoenix.agents.txt", "CAMEO.2.0.txt"):
        p = src / name
        if p.exists():
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.split("#", 1)[0]
                for w in re.findall(r"[A-Za-z]{3,}", line):
                    words.add(w.lower())
    for name in ("cues.csv", "issues.csv", "agents.csv", "hedges.csv", "attribution.csv"):
        for row in read_csv(LEX / name):
            for v in row.values():
                words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", v or ""))
    return words


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else DEFAULT_SRC
    cty = countries()
    hand = read_csv(LEX / "actors.csv")
    hand_dem = read_csv(LEX / "demonyms.csv")
    hand_actors = {r["actor"] for r in hand}
    hand_surface = set()
    for r in hand:
        hand_surface.add(r["actor"])
        hand_surface.update(a.strip() for a in (r.get("aliases") or "").split("|") if a.strip())
    hand_folded = {ascii_fold(a) for a in hand_surface}
    hand_dem_words = {r["demonym"] for r in hand_dem}
    hand_gov = {r["side"]: r.get("government") for r in hand_dem if r.get("government")}
    stops = stop_words(src)

    rows: list[dict] = []
    dem_rows: list[dict] = []
    place_words: set[str] = set()

    def add(actor, side, kind, aliases, office="", start="", end="", government=""):
        al = []
        forms = [actor] + list(aliases)
        for a in list(forms):  # Arabic article: al-Jubeir, Al-Jubeir, Al Jubeir
            if kind == "person" and re.search(r"(^|\s)[Aa]l-\w", a):
                forms += [re.sub(r"(^|\s)[Aa]l-", r"\1Al-", a), re.sub(r"(^|\s)[Aa]l-", r"\1Al ", a)]
        for a in forms:
            if a and a not in al:
                al.append(a)
        rows.append(dict(actor=actor, side=side, kind=kind, aliases="|".join(al), office=office,
                         start=start, end=end, government=government))

    # --- states: state row, government row, capitals, demonyms
    official = defaultdict(list)
    for b in blocks(src / "Phoenix.Countries.actors.txt"):
        codes = {r[0] for r in b["roles"] if not r[1] and not r[3]}
        for code in codes & set(cty):
            for nm in [b["name"]] + b["alts"]:
                toks = tokens_of(nm)
                if not good_tokens(toks):
                    continue
                s = " ".join(t.lower() if t.lower() in {"of", "the", "and"} else
                             t.capitalize().replace("People'S", "People's") for t in toks)
                words = set(s.split()) - set(cty[code]["side"].split())
                if s != cty[code]["side"] and words and words <= OFFICIAL_WORDS \
                        and re.search(r"(^|\s)" + re.escape(cty[code]["side"]) + r"$", s) \
                        and not s.startswith(("the ", "of ")):
                    official[code].append(s)
    seen_state = set()
    for code, c in cty.items():
        side = c["side"]
        if side in seen_state:
            continue
        seen_state.add(side)
        dem = c["demonyms"][0] if c["demonyms"] else ""
        gov = hand_gov.get(side) or (f"{dem} government" if dem else f"Government of {side}")
        names = [side] + c["names"] + official.get(code, [])
        place_words.update(names)
        if side not in hand_actors:
            add(side, side, "state", names, government=gov)
        else:  # only the names the hand-written row lacks (official long names)
            extra = [n for n in names if n not in hand_surface]
            if extra:
                add(side, side, "state", extra, government=gov)
        if gov not in hand_actors:
            galias = [gov, f"{dem} Government"] if dem else [gov]
            galias += [f"government of {side}", f"Government of {side}"]
            add(gov, side, "government", galias)
        for cap in c["capitals"]:
            place_words.add(cap)
            if cap not in hand_surface:  # Kiev, Peking: hand-written aliases of Kyiv, Beijing
                add(cap, side, "place", [cap], government=gov)
        plural = c["plurals"][0] if c["plurals"] else ""
        for d in c["demonyms"]:
            place_words.add(d)
            if d not in hand_dem_words:
                dem_rows.append(dict(demonym=d, side=side, plural=plural, government=gov))
        for pl in c["plurals"][1:]:
            if pl not in hand_dem_words:
                dem_rows.append(dict(demonym=c["demonyms"][-1], side=side, plural=pl, government=gov))
    # a Cypriot split: Turkish Cypriots are Northern Cyprus
    dem_rows.append(dict(demonym="Turkish Cypriot", side="Northern Cyprus",
                         plural="Turkish Cypriots", government="Turkish Cypriot authorities"))
    dem_rows.append(dict(demonym="Palestinian", side="Palestinian Authority",
                         plural="Palestinians", government="Palestinian Authority"))
    dem_rows.append(dict(demonym="Sahrawi", side="Polisario Front",
                         plural="Sahrawis", government="Polisario Front"))

    # --- non-state parties and organisations
    for line in PARTIES.strip().splitlines():
        f = line.split("|")
        actor, side, kind, gov = f[0], f[1], f[2], f[-1]
        place_words.update(f[3:-1])
        if actor not in hand_surface:
            add(actor, side, kind, f[3:-1], government=gov)
    for line in ORGS.strip().splitlines():
        f = line.split("|")
        side = "United Nations" if f[0].startswith("UN ") else f[0]
        kind = "organization"
        place_words.update(f[1:])
        if f[0] not in hand_surface:
            add(f[0], side, kind, f[1:])

    # --- curated persons (organisations' officials, leaders Phoenix lacks)
    curated_keys = set()
    hand_offices = {(r["actor"], r.get("start", "")) for r in hand}
    curated_people = []
    for line in PERSONS.strip().splitlines():
        name, side, alts, office, start, end = line.split("|")
        for a in [name] + [x for x in alts.split(";") if " " in x]:
            curated_keys.add(frozenset(ascii_fold(a).lower().replace("-", " ").split()))
        curated_people.append((name, side, [a for a in alts.split(";") if a], office, start, end))

    # --- Phoenix persons
    persons = []  # (name, code, aliases(list), roles[(start,end,sub)], is_leader)
    code_of = {k: (CODE_ALIASES.get(k, k)) for k in set(cty) | set(CODE_ALIASES)}
    for b in blocks(src / "Phoenix.Countries.actors.txt"):
        if any(not r[1] and not r[3] for r in b["roles"]):
            continue  # a country or place block
        toks = tokens_of(b["name"])
        while toks and toks[0].lower() in TITLE_WORDS | {"sheikh", "prince", "king", "emir"}:
            toks = toks[1:]  # "SAMDECH_CHEA_SIM": a title, not a name
        if not good_tokens(toks) or len(toks) < 2 or any(len(t) == 1 for t in toks):
            continue
        roles = []
        leader = any(r[1] == "ELI" for r in b["roles"])
        for cc, sub, op, a, z in b["roles"]:
            cc = code_of.get(cc, cc)
            if cc not in cty or sub not in ("GOV", "GOVMIL") or not a:
                continue
            if sub == "GOV" and not leader and not MINISTERS:
                continue  # a minister without sector code: too many to keep (see doc)
            s = parse_date(a) if op != "<" else None
            e = parse_date(z) if z else (parse_date(a) if op == "<" else None)
            if op == "" and not z:
                e = s
            if s is None and e is None:
                continue
            if (s and s > HI) or (e and e < LO):
                continue
            roles.append((cc, sub, s, e))
        if not roles:
            continue
        key = norm_key(toks)
        alts = []
        for alt in b["alts"]:
            at = tokens_of(alt)
            if not good_tokens(at) or len(at) < 2:
                continue
            ak = norm_key(at)
            extra = {t.lower().strip(".") for t in ak - key}
            if ak <= key or (key <= ak and len(ak) <= len(key) + 2
                             and not extra & (TITLE_WORDS | stops)):
                alts.append(at)
        persons.append((toks, roles, alts, leader))

    # first names: tokens that often open a person's name in Phoenix
    firsts = Counter()
    for b in blocks(src / "Phoenix.Countries.actors.txt"):
        t = tokens_of(b["name"])
        if len(t) >= 2:
            firsts[t[0].lower()] += 1
    first_names = {w for w, n in firsts.items() if n >= 2}
    # surnames borne by people of four or more first names in Phoenix are common
    # family names (Alvarez, Diop, Correia...): no surname-only alias for them
    bearers = defaultdict(set)
    for path in (src / "Phoenix.Countries.actors.txt", src / "Phoenix.International.actors.txt"):
        for b in blocks(path):
            t = [x.lower() for x in tokens_of(b["name"])]
            if len(t) >= 2 and t[0] not in TITLE_WORDS | {"sir", "dame", "the"}:
                for x in t[1:]:
                    bearers[ascii_fold(x)].add(t[0])
    common_surnames = {w for w, fs in bearers.items() if len(fs) >= 4}

    # aliases per person, then surname uniqueness across everyone
    built = []
    for toks, roles, alts, leader in persons:
        code = roles[0][0]
        full = spell(toks, code)
        fold_key = frozenset(ascii_fold(full).lower().replace("-", " ").split())
        if any(k <= fold_key and len(k) >= 2 for k in curated_keys):
            continue  # a person of the hand-written tables below
        forms = [full]
        for at in alts:
            forms.append(spell(at, code))
        core = [t for t in toks if t.lower() not in PARTICLES]
        surname = None
        if code in EAST_ASIAN:
            if code in ("KOR", "PRK") or code in ("CHN", "TWN", "SGP") and len(toks) >= 2:
                if "-" not in toks[-1] and len(toks) == 3 and code in ("KOR", "PRK", "TWN", "CHN"):
                    forms.append(spell(toks[:2], code) + "-" + toks[2].lower())
                if "-" in toks[-1]:
                    forms.append(" ".join(title_token(t, i == 0, "") for i, t in
                                          enumerate(toks[:-1] + toks[-1].split("-"))))
            if code in ("CHN", "TWN"):
                surname = toks[0]
        elif code in HISPANIC and len(core) >= 3:
            if core[-2].lower() not in first_names:
                forms.append(spell([core[0], core[-2]], code))
                surname = core[-2]
            else:
                surname = core[-1]
        elif code in GIVEN_NAME_USED:
            surname = toks[0]
        else:
            if len(core) >= 3 and code not in ("SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "JOR", "MAR"):
                forms.append(spell([core[0], core[-1]], code))
            surname = core[-1]
        folded = [ascii_fold(f) for f in forms]
        if any(f in hand_surface or a in hand_folded for f, a in zip(forms, folded)):
            continue  # a hand-written person: the hand-written entry wins
        built.append(dict(toks=toks, code=code, forms=forms, surname=surname, roles=roles,
                          leader=leader))

    # short forms shared by different persons are dropped
    owners = defaultdict(set)
    for i, p in enumerate(built):
        for f in p["forms"][1:]:
            owners[f].add(i)
        if p["surname"]:
            owners[spell([p["surname"]], p["code"])].add(i)
    for name, side, alts, *_ in curated_people:
        for a in alts:
            owners[a].add(-1)
    hand_surnames = set()
    for r in hand:
        if r.get("kind") == "person":
            for a in (r.get("aliases") or "").split("|"):
                if a and " " not in a:
                    hand_surnames.add(ascii_fold(a))
    for i, p in enumerate(built):
        forms = [p["forms"][0]] + [f for f in p["forms"][1:] if len(owners[f]) == 1]
        sn = p["surname"]
        if sn:
            s = spell([sn], p["code"])
            ok = (len(owners[s]) == 1 and sn.lower() not in stops
                  and (sn.lower() not in first_names or p["code"] in GIVEN_NAME_USED)
                  and ascii_fold(sn.lower()) not in common_surnames
                  and len(sn) >= (2 if p["code"] in ("CHN", "TWN") else 4) and "." not in sn
                  and s not in place_words and ascii_fold(s) not in hand_surnames
                  and s not in hand_surface)
            if ok:
                forms.append(s)
        forms = [f for f in dict.fromkeys(forms) if f not in hand_surface and f not in place_words]
        if not forms:
            continue
        actor = forms[0] if forms[0] == p["forms"][0] else p["forms"][0]
        # merge overlapping or adjacent roles of one side and kind
        merged = []
        for cc, sub, s, e in sorted(p["roles"], key=lambda r: (r[0], r[1], r[2] or dt.date.min)):
            if merged and merged[-1][0] == cc and merged[-1][1] == sub and s and merged[-1][3] \
                    and (s - merged[-1][3]).days <= 62:
                if e is None or (merged[-1][3] and e > merged[-1][3]):
                    merged[-1][3] = e
                continue
            merged.append([cc, sub, s, e])
        for cc, sub, s, e in merged:
            side = cty[cc]["side"]
            office = (f"Defence official of {side}" if sub == "GOVMIL" else
                      f"Leader of {side}" if p["leader"] else f"Minister of {side}")
            add(actor, side, "person", forms, office=office,
                start=s.isoformat() if s else "", end=e.isoformat() if e else "")

    for name, side, alts, office, start, end in curated_people:
        if (name, start) in hand_offices:
            continue
        forms = [a for a in [name] + alts if a not in hand_surface or name in hand_actors]
        add(name, side, "person", forms, office=office, start=start, end=end)

    out = LEX / "actors_derived.csv"
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerow({"actor": "# Derived by scripts/derive_actors.py from the PETRARCH2/Phoenix "
                    "actor dictionaries (MIT License; (c) 2014 Open Event Data Alliance; see "
                    "NOTICE). Do not edit: edit actors.csv (which wins) or the script."})
        w.writerows(rows)
    dout = LEX / "demonyms_derived.csv"
    with open(dout, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["demonym", "side", "plural", "government"], lineterminator="\n")
        w.writeheader()
        w.writerow({"demonym": "# Derived by scripts/derive_actors.py (MIT License; see NOTICE). "
                    "Do not edit: edit demonyms.csv (which wins) or the script."})
        w.writerows(dem_rows)
    print(f"{out.relative_to(ROOT)}: {len(rows)} rows "
          f"({sum(r['kind'] == 'person' for r in rows)} person roles, "
          f"{len({r['actor'] for r in rows if r['kind'] == 'person'})} persons)")
    print(f"{dout.relative_to(ROOT)}: {len(dem_rows)} rows")
    write_officials(src, cty)
    return 0


def government_roles(block: dict, cty: dict) -> list[tuple]:
    """(side, start, end) of a Phoenix person's ``XXXGOV`` roles for a state of
    ``COUNTRIES`` that overlap 1990-2020 (an open end stays None)."""
    out = []
    for cc, sub, op, a, z in block["roles"]:
        cc = CODE_ALIASES.get(cc, cc)
        if cc not in cty or sub != "GOV" or not a:
            continue
        s = parse_date(a) if op != "<" else None
        e = parse_date(z) if z else (parse_date(a) if op == "<" else s if op == "" else None)
        if (s is None and e is None) or (s and s > HI) or (e and e < LO):
            continue
        out.append((cty[cc]["side"], s, e))
    return out


def write_officials(src: Path, cty: dict) -> None:
    """officials_derived.csv: each Phoenix government official (ministers included:
    Phoenix does not say which ministry) by full name and its full-name variants,
    one row per role. Too many, and too often namesakes, to be aliases; a name the
    lexicon lacks is looked up here only when it is written out in full."""
    rows = set()
    for b in blocks(src / "Phoenix.Countries.actors.txt"):
        if any(not r[1] and not r[3] for r in b["roles"]):
            continue  # a country or place block
        roles = government_roles(b, cty)
        toks = tokens_of(b["name"])
        while toks and toks[0].lower() in TITLE_WORDS:
            toks = toks[1:]
        if not roles or not good_tokens(toks) or len(toks) < 2 or any(len(t) == 1 for t in toks):
            continue
        names = {spell(toks, "")} | {spell(tokens_of(a), "") for a in b["alts"]
                                     if good_tokens(tokens_of(a)) and len(tokens_of(a)) >= 2}
        for name in names:
            for side, s, e in roles:
                rows.add((name, side, s.isoformat() if s else "", e.isoformat() if e else ""))
    out = LEX / "officials_derived.csv"
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["actor", "side", "start", "end"])
        w.writerow(["# Derived by scripts/derive_actors.py from the PETRARCH2/Phoenix actor "
                    "dictionaries (MIT License; (c) 2014 Open Event Data Alliance; see NOTICE). "
                    "Do not edit.", "", "", ""])
        w.writerows(sorted(rows))
    print(f"{out.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
